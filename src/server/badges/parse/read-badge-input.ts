import 'server-only';
import { AppError } from '@/server/errors';
import { isCompactJwt } from './jwt';
import { MAX_JSON_BYTES } from './json-limits';
import { readPngBadge } from './png';
import { readSvgBadge } from './svg';

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

export type BadgeSource = 'png' | 'svg' | 'json' | 'jwt' | 'url' | 'presentation';
export type BadgeInput = { kind: 'file'; filename: string; bytes: Uint8Array } | { kind: 'text'; text: string };
/** What a wallet handed over, unpacked to text: JSON, a compact JWT, or a hosted URL. */
export type CredentialPayload = { source: BadgeSource; text: string };

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47];

function sniffText(text: string, source: BadgeSource): CredentialPayload {
  const trimmed = text.trim();
  if (!trimmed) throw new AppError('input:invalid', 'Nothing to read: paste the badge JSON, a JWT or the badge URL.');
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return { source, text: trimmed };
  if (isCompactJwt(trimmed)) return { source: source === 'json' ? 'jwt' : source, text: trimmed };
  if (/^https?:\/\//i.test(trimmed)) return { source: source === 'json' ? 'url' : source, text: trimmed };
  throw new AppError(
    'input:invalid',
    'This is not a badge Badgeboard can read. Paste the badge JSON, a VC-JWT, or the badge’s https:// URL — or upload the baked PNG/SVG image.',
  );
}

/** Content sniffing (never the file name alone): PNG by its signature, SVG by its root element, else text. */
export function readBadgeInput(input: BadgeInput): CredentialPayload {
  if (input.kind === 'text') {
    if (Buffer.byteLength(input.text, 'utf8') > MAX_JSON_BYTES)
      throw new AppError('input:too_large', 'That text is larger than 1 MB. A badge is a few kilobytes: check you copied the right thing.');
    return sniffText(input.text, 'json');
  }
  const { bytes, filename } = input;
  if (bytes.byteLength === 0) throw new AppError('input:invalid', `${filename} is empty. Export the badge from your wallet again.`);
  if (bytes.byteLength > MAX_IMAGE_BYTES)
    throw new AppError('input:too_large', `${filename} is larger than 5 MB. Badge images are small: export the badge from your wallet again.`);
  if (PNG_MAGIC.every((byte, i) => bytes[i] === byte)) return sniffText(readPngBadge(bytes), 'png');
  const text = Buffer.from(bytes).toString('utf8');
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(text)) return sniffText(readSvgBadge(text), 'svg');
  if (bytes.byteLength > MAX_JSON_BYTES) throw new AppError('input:too_large', `${filename} is larger than 1 MB. A badge JSON file is a few kilobytes.`);
  try {
    return sniffText(text, 'json');
  } catch {
    throw new AppError('input:invalid', `${filename} is neither a baked badge image (PNG/SVG) nor badge JSON. Export the badge from your wallet again.`);
  }
}
