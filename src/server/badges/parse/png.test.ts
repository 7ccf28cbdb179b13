import { describe, expect, it } from 'vitest';
import { bakePng, badgeImagePng } from '../issuing/bake';
import { readPngBadge } from './png';

describe('readPngBadge', () => {
  const image = badgeImagePng([200, 30, 30], 16);

  it('reads OB 3.0 and OB 2.0 baked text', () => {
    expect(readPngBadge(bakePng(image, '{"a":1}', 'openbadgecredential'))).toBe('{"a":1}');
    expect(readPngBadge(bakePng(image, 'https://issuer.example/a/1', 'openbadges'))).toBe('https://issuer.example/a/1');
  });

  it('says when a PNG carries no badge, is cut short, or is not a PNG', () => {
    expect(() => readPngBadge(image)).toThrowError('This PNG carries no badge');
    expect(() => readPngBadge(bakePng(image, '{"a":1}', 'openbadgecredential').subarray(0, 60))).toThrowError(/damaged/);
    expect(() => readPngBadge(Buffer.from('GIF89a'))).toThrowError('not a valid PNG');
  });
});
