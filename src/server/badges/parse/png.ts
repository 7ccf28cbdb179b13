import 'server-only';
import { inflateSync } from 'node:zlib';
import { AppError } from '@/server/errors';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** OB 2.0 bakes under `openbadges`, OB 3.0 under `openbadgecredential`. */
const KEYWORDS = ['openbadgecredential', 'openbadges'];

const noBadge = () =>
  new AppError('input:invalid', 'This PNG carries no badge. Export the badge image from your wallet (a "baked" badge), or paste its JSON instead.');

/** The badge text baked into a PNG's iTXt (or tEXt) chunk: JSON, a compact JWT, or an OB 2.0 hosted URL. */
export function readPngBadge(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < 8 || !buffer.subarray(0, 8).equals(SIGNATURE)) {
    throw new AppError('input:invalid', 'This file is not a valid PNG image. Upload the badge image exactly as your wallet exported it.');
  }
  let offset = 8;
  while (offset + 12 <= buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('latin1', offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (end > buffer.length) {
      throw new AppError('input:invalid', 'This PNG is damaged (a chunk runs past the end of the file). Export the badge from your wallet again.');
    }
    const data = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === 'iTXt' || type === 'tEXt') {
      const nul = data.indexOf(0);
      const keyword = data.toString('latin1', 0, Math.max(0, nul));
      if (nul > 0 && KEYWORDS.includes(keyword)) return type === 'tEXt' ? data.toString('latin1', nul + 1) : readItxtText(data, nul);
    }
    if (type === 'IEND') throw noBadge();
    offset = end;
  }
  throw new AppError('input:invalid', 'This PNG is damaged or cut short (it ends before its last chunk). Export the badge from your wallet again.');
}

function readItxtText(data: Buffer, keywordEnd: number): string {
  // keyword \0 compressionFlag compressionMethod languageTag \0 translatedKeyword \0 text
  const compressed = data[keywordEnd + 1] === 1;
  const languageEnd = data.indexOf(0, keywordEnd + 3);
  const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
  if (translatedEnd < 0) throw new AppError('input:invalid', 'The badge data in this PNG is damaged. Export the badge from your wallet again.');
  const text = data.subarray(translatedEnd + 1);
  try {
    return (compressed ? inflateSync(text, { maxOutputLength: 2 * 1024 * 1024 }) : text).toString('utf8');
  } catch {
    throw new AppError('input:invalid', 'The badge data in this PNG cannot be read (bad compression). Export the badge from your wallet again.');
  }
}
