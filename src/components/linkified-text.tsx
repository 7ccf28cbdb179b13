import { Fragment, type ReactNode } from 'react';

const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;

/**
 * Plain text with its http(s) URLs made clickable. Nothing is parsed as HTML: every part is a text node,
 * and only strings that start with http:// or https:// become links (so no javascript: URLs).
 */
export function LinkifiedText({ text }: { text: string }) {
  const nodes: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    // A sentence's closing punctuation is not part of the link.
    const url = match[0].replace(/[.,;:!?)\]]+$/, '');
    const start = match.index;
    if (start > last) nodes.push(<Fragment key={`t${last}`}>{text.slice(last, start)}</Fragment>);
    nodes.push(
      <a
        key={`a${start}`}
        href={url}
        rel="nofollow ugc noopener noreferrer"
        className="font-medium break-all text-brand-700 underline underline-offset-4 hover:text-brand-900"
      >
        {url}
      </a>,
    );
    last = start + url.length;
  }
  if (last < text.length) nodes.push(<Fragment key={`t${last}`}>{text.slice(last)}</Fragment>);
  return <>{nodes}</>;
}
