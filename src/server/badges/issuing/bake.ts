import 'server-only';
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A simple round badge image (RGBA), so baked fixtures and demo badges are real PNGs. */
export function badgeImagePng(color: [number, number, number], size = 96): Buffer {
  const rows: Buffer[] = [];
  const r = size / 2;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x - r + 0.5, y - r + 0.5);
      const inside = d < r - 1;
      const ring = d > r - 9 && d < r - 5;
      const shade = ring ? 255 : 1;
      row.set(inside ? [Math.min(255, color[0] * shade), Math.min(255, color[1] * shade), Math.min(255, color[2] * shade), 255] : [0, 0, 0, 0], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Bakes badge text into a PNG as an iTXt chunk: keyword `openbadgecredential` (OB 3.0) or `openbadges` (OB 2.0). */
export function bakePng(png: Buffer, text: string, keyword: 'openbadgecredential' | 'openbadges'): Buffer {
  const iend = png.length - 12;
  const itxt = chunk('iTXt', Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0, 0, 0, 0, 0]), Buffer.from(text, 'utf8')]));
  return Buffer.concat([png.subarray(0, iend), itxt, png.subarray(iend)]);
}

/** A baked SVG: OB 3.0 `<openbadges:credential>` with the credential in CDATA, or OB 2.0 `<openbadges:assertion verify="URL">`. */
export function bakeSvg(content: { credential: string } | { verifyUrl: string }, fill = '#0f766e'): string {
  const inner =
    'credential' in content
      ? `<openbadges:credential><![CDATA[${content.credential}]]></openbadges:credential>`
      : `<openbadges:assertion verify="${content.verifyUrl}"></openbadges:assertion>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0" width="96" height="96" viewBox="0 0 96 96">${inner}<circle cx="48" cy="48" r="44" fill="${fill}"/></svg>`;
}
