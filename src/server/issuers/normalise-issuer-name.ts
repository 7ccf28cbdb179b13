import 'server-only';

/** Latin look-alikes from other scripts that are common in spoofed names (Cyrillic and Greek). */
const LOOKALIKES: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ɡ: 'g',
  һ: 'h',
  ⅼ: 'l',
  ո: 'n',
  α: 'a',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  ν: 'v',
  κ: 'k',
  ι: 'i',
};

/**
 * A name as impersonation is matched on: case, accents, spacing and punctuation removed, look-alike letters
 * folded ("Forth-Valley  College." and "forth valley college" are the same name).
 */
export function normaliseIssuerName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/./gu, (char) => LOOKALIKES[char] ?? char)
    .replace(/&/g, 'and')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
