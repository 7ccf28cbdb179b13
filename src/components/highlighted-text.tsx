import { Fragment, type ReactNode } from 'react';

/**
 * Renders an Elasticsearch highlight: `<mark>` tags around matches in otherwise untrusted text.
 * Only the mark tags are interpreted; everything else becomes a text node, so no user HTML is rendered.
 */
export function HighlightedText({ text }: { text: string }) {
  const nodes: ReactNode[] = [];
  let marked = false;
  // Adjacent matches ("data analyst") read better as one highlight than as two.
  const parts = text.replace(/<\/mark>(\s+)<mark>/g, '$1').split(/(<\/?mark>)/);
  parts.forEach((part, index) => {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part && marked)
      nodes.push(
        <mark key={index} className="rounded-sm bg-amber-100 px-0.5 text-inherit">
          {part}
        </mark>,
      );
    else if (part) nodes.push(<Fragment key={index}>{part}</Fragment>);
  });
  return <>{nodes}</>;
}
