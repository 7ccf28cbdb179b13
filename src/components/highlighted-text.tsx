import { Fragment, type ReactNode } from 'react';

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&#x2F;': '/' };

/** Elasticsearch's html encoder escapes the text around the marks; turn it back into plain text. */
function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|#x27|#x2F);/g, (entity) => entities[entity] ?? entity);
}

/** A highlight with its marks removed, as plain text (to compare with the original field). */
export function highlightPlainText(text: string): string {
  return decodeEntities(text.replace(/<\/?mark>/g, ''));
}

/**
 * Renders an Elasticsearch highlight: `<mark>` tags around matches in otherwise escaped text.
 * Only the mark tags are interpreted; everything else becomes a text node, so no user HTML is rendered.
 * (A literal "<mark>" typed by a user arrives escaped as "&lt;mark&gt;", so it is never taken for a tag.)
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
          {decodeEntities(part)}
        </mark>,
      );
    else if (part) nodes.push(<Fragment key={index}>{decodeEntities(part)}</Fragment>);
  });
  return <>{nodes}</>;
}
