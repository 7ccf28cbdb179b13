import { describe, expect, it } from 'vitest';
import { chooseArtwork, dataUriArtwork, pngPicture } from './artwork';
import { bakePng, badgeImagePng } from './issuing/bake';
import { readPngBadge } from './parse/png';

describe('badge artwork', () => {
  it('keeps a baked PNG’s picture without the credential baked into it', () => {
    const picture = badgeImagePng([37, 99, 235]);
    const baked = bakePng(picture, '{"secret":"the credential"}', 'openbadgecredential');
    expect(readPngBadge(baked)).toContain('the credential');
    const kept = pngPicture(baked)!;
    expect(kept.includes(Buffer.from('the credential'))).toBe(false);
    expect(() => readPngBadge(kept)).toThrow(/carries no badge/);
    expect(kept.subarray(0, 8)).toEqual(Buffer.from(picture).subarray(0, 8));
  });

  it('refuses what is not a PNG, or is cut short', () => {
    expect(pngPicture(Buffer.from('GIF89a not a png'))).toBeNull();
    const baked = bakePng(badgeImagePng([1, 2, 3]), '{}', 'openbadgecredential');
    expect(pngPicture(baked.subarray(0, baked.length - 20))).toBeNull();
    expect(pngPicture(Buffer.from(badgeImagePng([1, 2, 3])).subarray(0, 8))).toBeNull();
  });

  it('takes a raster data: image from the credential by its content, never an SVG or a claimed type alone', () => {
    const png = Buffer.from(badgeImagePng([9, 9, 9]));
    expect(dataUriArtwork(`data:image/png;base64,${png.toString('base64')}`)?.contentType).toBe('image/png');
    // Claims JPEG, is a PNG: judged by its bytes.
    expect(dataUriArtwork(`data:image/jpeg;base64,${png.toString('base64')}`)?.contentType).toBe('image/png');
    expect(dataUriArtwork(`data:image/svg+xml;base64,${Buffer.from('<svg onload="alert(1)"/>').toString('base64')}`)).toBeNull();
    expect(dataUriArtwork('https://issuer.example/badge.png')).toBeNull();
  });

  it('prefers the uploaded baked picture when the file held one badge', () => {
    const baked = bakePng(badgeImagePng([5, 5, 5]), '{}', 'openbadgecredential');
    expect(chooseArtwork({ bytes: baked, single: true }, null)?.contentType).toBe('image/png');
    expect(chooseArtwork({ bytes: baked, single: false }, null)).toBeNull();
    expect(chooseArtwork(null, 'https://issuer.example/badge.png')).toBeNull();
  });
});
