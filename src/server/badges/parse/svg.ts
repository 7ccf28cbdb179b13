import 'server-only';
import { AppError } from '@/server/errors';

/**
 * The badge in a baked SVG: OB 3.0 `<openbadges:credential>` (JSON or JWT, usually in CDATA) or
 * OB 2.0 `<openbadges:assertion verify="URL">` (hosted) or with embedded JSON. Read with bounded
 * patterns, never an XML parser, so entity tricks cannot expand.
 */
export function readSvgBadge(text: string): string {
  if (!/<svg[\s>]/i.test(text))
    throw new AppError('input:invalid', 'This file is not an SVG image. Upload the badge image exactly as your wallet exported it.');
  for (const tag of ['openbadges:credential', 'openbadges:assertion']) {
    const open = new RegExp(`<${tag}(\\s[^>]*)?(/?)>`, 'i').exec(text);
    if (!open) continue;
    const attributes = open[1] ?? '';
    const selfClosing = open[2] === '/';
    const closeIndex = selfClosing ? -1 : text.toLowerCase().indexOf(`</${tag}>`, open.index);
    const inner = closeIndex < 0 ? '' : text.slice(open.index + open[0].length, closeIndex);
    const content = unwrapCdata(inner).trim();
    if (content) return content;
    const verify = /\sverify\s*=\s*"([^"]+)"/i.exec(attributes)?.[1];
    if (verify) return decodeEntities(verify);
  }
  throw new AppError('input:invalid', 'This SVG carries no badge. Export the badge image from your wallet (a "baked" badge), or paste its JSON instead.');
}

function unwrapCdata(value: string): string {
  const cdata = /<!\[CDATA\[([\s\S]*?)\]\]>/.exec(value);
  return cdata ? cdata[1]! : decodeEntities(value);
}

function decodeEntities(value: string): string {
  return value.replace(/&(quot|apos|lt|gt|amp);/g, (_, name: string) => ({ quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' })[name] ?? '');
}
