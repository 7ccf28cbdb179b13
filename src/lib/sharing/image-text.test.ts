import { describe, expect, it } from 'vitest';
import { imageText } from './image-text';

describe('text for link-preview images', () => {
  it('keeps Latin text with accents, dashes and curly quotes as it is', () => {
    expect(imageText('Énergie éolienne — “niveau 2”')).toBe('Énergie éolienne — “niveau 2”');
    expect(imageText('Cloud Practitioner (SCQF 7)')).toBe('Cloud Practitioner (SCQF 7)');
  });

  it('composes decomposed accents instead of dropping them', () => {
    expect(imageText('Cafe\u0301')).toBe('Café');
  });

  it('drops characters the bundled font cannot draw (which would make the renderer fetch fonts or emoji)', () => {
    expect(imageText('Python 🐍 基础')).toBe('Python');
    expect(imageText('数据分析')).toBe('');
  });

  it('collapses whitespace and cuts long text with an ellipsis', () => {
    expect(imageText('  a\n\tb  ')).toBe('a b');
    const cut = imageText('word '.repeat(50), 20);
    expect([...cut].length).toBeLessThanOrEqual(20);
    expect(cut.endsWith('…')).toBe(true);
  });
});
