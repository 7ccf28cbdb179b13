import { describe, expect, it } from 'vitest';
import { applicantsCsv, badgeLine, shortlistCsv, type ExportBadge } from './candidate-csv';
import { csvField, csvFileName, toCsv } from './csv';

const BOM = '\uFEFF';

describe('csvField', () => {
  it('leaves plain text alone', () => {
    expect(csvField('Ada Lovelace')).toBe('Ada Lovelace');
    expect(csvField('')).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(42)).toBe('42');
  });

  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvField('Leeds, UK')).toBe('"Leeds, UK"');
    expect(csvField('The "best" one')).toBe('"The ""best"" one"');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
  });

  it.each(['=1+1', '+44 113', '-2', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://evil.example","x")'])(
    'neutralises %j so a spreadsheet shows it as text, not a formula',
    (value) => {
      const field = csvField(value);
      const unquoted = field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field;
      expect(unquoted).toBe(`'${value}`);
    },
  );

  it('does not touch those characters elsewhere in the text', () => {
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField('Data-engineer')).toBe('Data-engineer');
    expect(csvField('me@example.com')).toBe('me@example.com');
  });
});

describe('toCsv', () => {
  it('writes a header and rows with CRLF, behind a byte-order mark', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['1', 'x,y'],
          ['', null],
        ],
      ),
    ).toBe(`${BOM}a,b\r\n1,"x,y"\r\n,\r\n`);
  });

  it('reads back with a strict RFC 4180 reading, field for field', () => {
    const values = ['plain', 'Leeds, UK', 'say "hi"', 'line\nbreak', 'é ü 漢字'];
    const text = toCsv(['h1', 'h2', 'h3', 'h4', 'h5'], [values]).slice(1);
    expect(parseCsv(text)).toEqual([['h1', 'h2', 'h3', 'h4', 'h5'], values]);
  });
});

describe('csvFileName', () => {
  it('keeps letters, digits and dashes only', () => {
    expect(csvFileName('applicants', 'Data Engineer (Leeds)')).toBe('applicants-data-engineer-leeds.csv');
    expect(csvFileName('shortlist', '"; rm -rf /')).toBe('shortlist-rm-rf.csv');
    expect(csvFileName('', '漢字')).toBe('export.csv');
  });
});

const badge: ExportBadge = {
  id: '11111111-1111-4111-8111-111111111111',
  name: 'Python Foundations',
  issuer: 'Example College',
  issuerKnown: true,
  issuedAt: new Date('2024-03-05T10:00:00Z'),
  expiresAt: null,
};

describe('candidate exports', () => {
  const candidate = {
    cvId: '22222222-2222-4222-8222-222222222222',
    name: '=cmd|"/c calc"!A1',
    headline: 'Data engineer, Python',
    location: 'Leeds',
    tags: ['Call back', 'Strong fit'],
    badges: [badge, { ...badge, id: '33333333-3333-4333-8333-333333333333', name: 'SQL', issuer: 'Someone', issuerKnown: false }],
  };

  it('lists applicants with stage, contact, badges with issuer and state, and links', () => {
    const rows = parseCsv(
      applicantsCsv([{ ...candidate, email: 'ada@example.com', stage: 'Interview', appliedAt: new Date('2025-01-02T23:30:00Z') }], 'https://bb.example').slice(
        1,
      ),
    );
    expect(rows[0]).toEqual(['Name', 'Email', 'Headline', 'Location', 'Stage', 'Applied on', 'Tags', 'Verified badges', 'Badge pages', 'CV']);
    const [name, email, headline, location, stage, applied, tags, badges, links, cv] = rows[1]!;
    expect(name).toBe(`'=cmd|"/c calc"!A1`);
    expect([email, headline, location, stage, applied, tags]).toEqual([
      'ada@example.com',
      'Data engineer, Python',
      'Leeds',
      'Interview',
      '2025-01-02',
      'Call back, Strong fit',
    ]);
    expect(badges!.split('\n')).toEqual([
      'Python Foundations — Example College (verified; known issuer; issued 2024-03-05)',
      'SQL — Someone (verified; issuer not known to Badgeboard; issued 2024-03-05)',
    ]);
    expect(links!.split('\n')).toEqual([
      'https://bb.example/b/11111111-1111-4111-8111-111111111111',
      'https://bb.example/b/33333333-3333-4333-8333-333333333333',
    ]);
    expect(cv).toBe('https://bb.example/p/22222222-2222-4222-8222-222222222222');
  });

  it('lists a shortlist without contact details, with the entry note', () => {
    const rows = parseCsv(
      shortlistCsv([{ ...candidate, badges: [], addedAt: new Date('2025-02-03T00:00:00Z'), note: '+ ask about notice' }], 'https://bb.example').slice(1),
    );
    expect(rows[0]).not.toContain('Email');
    expect(rows[1]).toEqual([
      `'=cmd|"/c calc"!A1`,
      'Data engineer, Python',
      'Leeds',
      '2025-02-03',
      `'+ ask about notice`,
      'Call back, Strong fit',
      '',
      '',
      'https://bb.example/p/22222222-2222-4222-8222-222222222222',
    ]);
  });

  it('an expiry date is part of the state', () => {
    expect(badgeLine({ ...badge, issuedAt: null, expiresAt: new Date('2030-01-31T00:00:00Z') })).toBe(
      'Python Foundations — Example College (verified; known issuer; expires 2030-01-31)',
    );
  });
  it('quotes a field with a semicolon or tab, so a spreadsheet split on those cannot make a formula cell', () => {
    expect(csvField('Ann;=HYPERLINK("http://x")')).toBe('"Ann;=HYPERLINK(""http://x"")"');
    expect(csvField('a\tb')).toBe('"a\tb"');
  });
});

/** A strict reader for the tests: CRLF rows, quoted fields with doubled quotes; anything else is an error. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  if (row.length) throw new Error('last row not ended by CRLF');
  return rows;
}
