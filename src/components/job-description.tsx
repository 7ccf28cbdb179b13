import { Fragment, type ReactNode } from 'react';
import { LinkifiedText } from './linkified-text';

type Block = { kind: 'paragraph'; lines: string[] } | { kind: 'list'; items: string[] } | { kind: 'heading'; text: string };

const BULLET = /^\s*[-*•]\s+/;

/** Splits the description into paragraphs, "- " bullet lists and "#" headings; everything else stays text. */
export function descriptionBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  const flush = () => {
    if (current) blocks.push(current);
    current = null;
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (!line.trim()) {
      flush();
    } else if (BULLET.test(line)) {
      if (current?.kind !== 'list') flush();
      current ??= { kind: 'list', items: [] };
      (current as Extract<Block, { kind: 'list' }>).items.push(line.replace(BULLET, ''));
    } else if (/^#{1,6}\s+/.test(line)) {
      flush();
      blocks.push({ kind: 'heading', text: line.replace(/^#{1,6}\s+/, '') });
    } else if (current?.kind === 'list' && /^\s{2,}\S/.test(raw)) {
      // An indented line continues the bullet above it.
      const items: string[] = current.items;
      items[items.length - 1] += ` ${line.trim()}`;
    } else {
      if (current?.kind !== 'paragraph') flush();
      current ??= { kind: 'paragraph', lines: [] };
      (current as Extract<Block, { kind: 'paragraph' }>).lines.push(line.trim());
    }
  }
  flush();
  return blocks;
}

/** **bold** spans become <strong> and http(s) URLs links; every other character is a text node (no HTML is ever interpreted). */
function Inline({ text }: { text: string }) {
  const parts = text.split(/\*\*(.+?)\*\*/g);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <strong key={index} className="font-semibold text-slate-900">
            {part}
          </strong>
        ) : (
          <LinkifiedText key={index} text={part} />
        ),
      )}
    </>
  );
}

/**
 * Text people write (a role's description, a CV summary) from its markdown subset: paragraphs, "- " bullet lists,
 * "#" headings, **bold** and bare links, rendered as text only. Long words and URLs wrap rather than widen the page.
 */
export function RichText({ text }: { text: string }) {
  const blocks = descriptionBlocks(text);
  const nodes: ReactNode[] = blocks.map((block, index) => {
    if (block.kind === 'heading')
      return (
        <h3 key={index} className="pt-2 text-base font-semibold text-slate-900">
          <Inline text={block.text} />
        </h3>
      );
    if (block.kind === 'list')
      return (
        <ul key={index} className="space-y-1.5 pl-1">
          {block.items.map((item, i) => (
            <li key={i} className="flex gap-2.5">
              <span aria-hidden="true" className="mt-2.5 size-1.5 shrink-0 rounded-full bg-brand-400" />
              <span className="min-w-0">
                <Inline text={item} />
              </span>
            </li>
          ))}
        </ul>
      );
    return (
      <p key={index}>
        {block.lines.map((line, i) => (
          <Fragment key={i}>
            {i > 0 && <br />}
            <Inline text={line} />
          </Fragment>
        ))}
      </p>
    );
  });
  return <div className="space-y-4 text-[15px] leading-relaxed wrap-anywhere text-slate-700">{nodes}</div>;
}

/** A role's description (see `RichText`). */
export const JobDescription = RichText;
