import 'server-only';
import { safeFetch } from '@/server/net/safe-fetch';

/** Artwork Badgeboard keeps and serves itself, so no page ever loads an image from an issuer's (or anyone's) host. */
export type Artwork = { contentType: 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp'; bytes: Buffer };

/** Larger artwork is not kept (the card shows the neutral badge icon instead): badge images are small. */
export const MAX_ARTWORK_BYTES = 512 * 1024;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Chunks a badge image is drawn from; text and metadata (the baked credential, EXIF-like notes) are dropped. */
const PNG_IMAGE_CHUNKS = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND', 'tRNS', 'gAMA', 'cHRM', 'sRGB', 'iCCP', 'sBIT', 'pHYs', 'acTL', 'fcTL', 'fdAT']);

/**
 * A PNG's picture without its text chunks: the baked credential (iTXt `openbadgecredential`) and any other text stay
 * out of the served image. Null for anything that is not a well-formed PNG, or too large.
 */
export function pngPicture(bytes: Uint8Array): Buffer | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < 8 || !buffer.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  const kept: Buffer[] = [PNG_SIGNATURE];
  let offset = 8;
  while (offset + 12 <= buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('latin1', offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (end > buffer.length) return null;
    if (PNG_IMAGE_CHUNKS.has(type)) kept.push(buffer.subarray(offset, end));
    if (type === 'IEND') {
      const picture = Buffer.concat(kept);
      return picture.length <= MAX_ARTWORK_BYTES ? picture : null;
    }
    offset = end;
  }
  return null;
}

const MAGIC: { type: Artwork['contentType']; test: (b: Buffer) => boolean }[] = [
  { type: 'image/png', test: (b) => b.subarray(0, 8).equals(PNG_SIGNATURE) },
  { type: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/gif', test: (b) => b.toString('latin1', 0, 6) === 'GIF87a' || b.toString('latin1', 0, 6) === 'GIF89a' },
  { type: 'image/webp', test: (b) => b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP' },
];

/** Raster bytes whose content (never a claimed type) is PNG, JPEG, GIF or WebP; PNG text chunks removed. SVG is not kept. */
export function rasterArtwork(bytes: Buffer): Artwork | null {
  const kind = MAGIC.find((magic) => magic.test(bytes))?.type;
  if (!kind) return null;
  if (kind === 'image/png') {
    const picture = pngPicture(bytes);
    return picture ? { contentType: kind, bytes: picture } : null;
  }
  return bytes.length <= MAX_ARTWORK_BYTES ? { contentType: kind, bytes } : null;
}

/** A `data:image/…;base64,` image inside a credential (the achievement's image), if it is raster artwork we keep. */
export function dataUriArtwork(uri: string | null): Artwork | null {
  const match = uri ? /^data:image\/[a-z+.-]+;base64,([A-Za-z0-9+/=\s]+)$/i.exec(uri) : null;
  if (!match) return null;
  return rasterArtwork(Buffer.from(match[1]!.replace(/\s/g, ''), 'base64'));
}

/**
 * The artwork of an attached badge: the uploaded baked PNG itself (the badge's own picture) when the file held this one
 * badge, else an image carried inside the credential. An https image is never fetched or linked.
 */
export function chooseArtwork(upload: { bytes: Uint8Array; single: boolean } | null, achievementImage: string | null): Artwork | null {
  if (upload?.single) {
    const picture = pngPicture(upload.bytes);
    if (picture) return { contentType: 'image/png', bytes: picture };
  }
  return dataUriArtwork(achievementImage);
}

/**
 * An achievement image on the issuer's site, fetched once by Badgeboard when the badge is attached (through the
 * SSRF-safe fetcher, small and quick), so that no page ever loads it from there. Any failure: no artwork.
 */
export async function fetchArtwork(url: string | null): Promise<Artwork | null> {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    const response = await safeFetch(url, {
      accept: ['image/png', 'image/jpeg', 'image/gif', 'image/webp'],
      maxBytes: MAX_ARTWORK_BYTES,
      timeoutMs: 3000,
      cacheTtlMs: 10 * 60_000,
    });
    return response.status === 200 ? rasterArtwork(response.body) : null;
  } catch {
    return null;
  }
}

/** Where Badgeboard serves a badge's artwork (stored in `badges.image_url` once kept). */
export const artworkPath = (badgeId: string) => `/api/v1/badges/${badgeId}/image`;
