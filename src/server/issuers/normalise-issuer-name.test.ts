import { describe, expect, it } from 'vitest';
import { normaliseIssuerName } from './normalise-issuer-name';

describe('normaliseIssuerName', () => {
  it('ignores case, spacing and punctuation', () => {
    expect(normaliseIssuerName('Forth-Valley  College.')).toBe(normaliseIssuerName('forth valley college'));
    expect(normaliseIssuerName(' FORTH VALLEY COLLEGE ')).toBe('forthvalleycollege');
  });
  it('folds accents, & and look-alike letters from other scripts', () => {
    expect(normaliseIssuerName('Fоrth Vаlley Cоllege')).toBe('forthvalleycollege'); // Cyrillic о and а
    expect(normaliseIssuerName('Éire Skills & Co')).toBe('eireskillsandco');
  });
  it('keeps different names apart', () => {
    expect(normaliseIssuerName('Forth Valley College')).not.toBe(normaliseIssuerName('Forth Valley Colleges'));
  });
});
