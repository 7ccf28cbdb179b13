/**
 * Text for generated link-preview images. `next/og` draws with its bundled Geist Regular; any character that font
 * lacks (other scripts, emoji) makes it fetch a fallback font or emoji image from the internet while rendering, which
 * we never do. So text is kept to the characters Geist has, read from its cmap (`20-7e` means U+0020–U+007E).
 */
const GEIST_RANGES =
  '20-7e a0-ac ae-113 116-12b 12e-137 139-13e 141-148 14a-14d 150-17e 18f 192 1a0-1a1 1af-1b0 1cd-1ce 1e4-1e9 218-21b 237 259 2b9 2bc 2c6-2c8 2d8-2dd 39b 3a9 3bb-3bc 3c0 3c9 400-45f 462-463 46a-46b 472-475 490-493 496-497 49a-49b 4a2-4a3 4ae-4b3 4b6-4b7 4ba-4bb 4c0 4cf 4d8-4d9 4e2-4e3 4e8-4e9 4ee-4ef e3f 1e20-1e21 1e80-1e85 1e9e 1ea0-1ef9 2013-2014 2018-201a 201c-201e 2020-2022 2026 2030 2032-2033 2039-203a 2044 20aa 20ac 20b1 20b4 20b9 20bd 2116-2117 2122 2190-2199';

const ranges: [number, number][] = GEIST_RANGES.split(' ').map((part) => {
  const [from, to = from] = part.split('-');
  return [parseInt(from!, 16), parseInt(to!, 16)];
});

function drawable(codePoint: number): boolean {
  return ranges.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/**
 * `text` with only drawable characters (composed first, so "é" written as e + accent stays), whitespace collapsed,
 * cut to `max` characters with an ellipsis. Empty when nothing drawable is left: the caller then shows a neutral line.
 */
export function imageText(text: string, max = 120): string {
  const kept = [...text.normalize('NFC')]
    .map((char) => (/\s/.test(char) ? ' ' : drawable(char.codePointAt(0)!) ? char : ' '))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...kept];
  return chars.length > max
    ? `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
    : kept;
}
