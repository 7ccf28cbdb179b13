import { Fragment } from 'react';
import { Code } from './guide-parts';

/** Text with `backticked` parts shown as code (the explanations on this page are written that way). */
export function InlineCode({ text }: { text: string }) {
  return text.split('`').map((part, index) => (index % 2 === 1 ? <Code key={index}>{part}</Code> : <Fragment key={index}>{part}</Fragment>));
}
