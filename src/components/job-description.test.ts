import { describe, expect, it } from 'vitest';
import { descriptionBlocks } from './job-description';
import { formatSalary, isPastClosing } from './job-labels';

describe('descriptionBlocks', () => {
  it('reads paragraphs, bullet lists and headings', () => {
    expect(descriptionBlocks('Intro line\nsecond line\n\n**What you do**\n- Build reports\n  over two lines\n* Clean data\n\n## Pay\nGood')).toEqual([
      { kind: 'paragraph', lines: ['Intro line', 'second line'] },
      { kind: 'paragraph', lines: ['**What you do**'] },
      { kind: 'list', items: ['Build reports over two lines', 'Clean data'] },
      { kind: 'heading', text: 'Pay' },
      { kind: 'paragraph', lines: ['Good'] },
    ]);
  });

  it('keeps markup as text (rendering never interprets it)', () => {
    expect(descriptionBlocks('<script>alert(1)</script>\n- <img src=x onerror=alert(1)>')).toEqual([
      { kind: 'paragraph', lines: ['<script>alert(1)</script>'] },
      { kind: 'list', items: ['<img src=x onerror=alert(1)>'] },
    ]);
  });
});

describe('formatSalary', () => {
  it('says the range and the period', () => {
    expect(formatSalary(28000, 34000, 'GBP', 'year')).toBe('£28,000–£34,000 a year');
    expect(formatSalary(12, null, 'GBP', 'hour')).toBe('From £12 an hour');
    expect(formatSalary(null, 40000, 'EUR', 'year')).toBe('Up to €40,000 a year');
    expect(formatSalary(null, null, 'GBP', 'year')).toBeNull();
  });
});

describe('isPastClosing', () => {
  it('keeps the role open through its closing day', () => {
    const now = new Date('2026-06-30T22:00:00Z');
    expect(isPastClosing('2026-06-30', now)).toBe(false);
    expect(isPastClosing('2026-06-29', now)).toBe(true);
    expect(isPastClosing(null, now)).toBe(false);
  });
});
