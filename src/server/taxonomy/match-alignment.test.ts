import { describe, expect, it } from 'vitest';
import { matchAlignment, normaliseEscoUri, type Alignment } from './match-alignment';

const PYTHON = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';

describe('matchAlignment', () => {
  it.each<[string, Alignment, ReturnType<typeof matchAlignment>]>([
    ['ESCO URI as targetUrl', { targetUrl: PYTHON, targetName: 'Python' }, { kind: 'esco', key: PYTHON }],
    [
      'https, upper case and a trailing slash',
      { targetUrl: 'HTTPS://data.europa.eu/esco/skill/CCD0A1D9-AFDA-43D9-B901-96344886E14D/' },
      { kind: 'esco', key: PYTHON },
    ],
    ['ESCO URI as targetCode', { targetCode: PYTHON, targetFramework: 'ESCO' }, { kind: 'esco', key: PYTHON }],
    ['bare UUID with targetFramework ESCO', { targetCode: 'ccd0a1d9-afda-43d9-b901-96344886e14d', targetFramework: 'ESCO' }, { kind: 'esco', key: PYTHON }],
    [
      'bare UUID with a framework named "ESCO v1.2"',
      { targetCode: 'ccd0a1d9-afda-43d9-b901-96344886e14d', targetFramework: 'ESCO v1.2' },
      { kind: 'esco', key: PYTHON },
    ],
    ['ESCO portal link with ?uri=', { targetUrl: `https://esco.ec.europa.eu/en/classification/skill?uri=${PYTHON}` }, { kind: 'esco', key: PYTHON }],
    ['ESCO group notation', { targetCode: 's5.1', targetFramework: 'ESCO', targetName: 'working with computers' }, { kind: 'esco-notation', notation: 'S5.1' }],
    [
      'a non-ESCO framework keeps its own code',
      {
        targetCode: 'PROG',
        targetFramework: 'SFIA 9',
        targetName: 'Programming/software development',
        targetUrl: 'https://sfia-online.org/en/sfia-9/skills/prog',
      },
      { kind: 'other', key: 'sfia-9:PROG', frameworkId: 'sfia-9', code: 'PROG', name: 'Programming/software development' },
    ],
    [
      'a URL-only alignment to another framework',
      { targetUrl: 'https://skills.example.org/frameworks/welding/MIG-3/', targetName: 'MIG welding' },
      {
        kind: 'other',
        key: 'skills-example-org:https://skills.example.org/frameworks/welding/mig-3',
        frameworkId: 'skills-example-org',
        code: 'https://skills.example.org/frameworks/welding/mig-3',
        name: 'MIG welding',
      },
    ],
    [
      'a UUID without any ESCO hint is not taken for ESCO',
      { targetCode: 'ccd0a1d9-afda-43d9-b901-96344886e14d', targetFramework: 'Acme' },
      { kind: 'other', key: 'acme:ccd0a1d9-afda-43d9-b901-96344886e14d', frameworkId: 'acme', code: 'ccd0a1d9-afda-43d9-b901-96344886e14d', name: null },
    ],
    ['nothing to match', { targetName: 'Teamwork' }, { kind: 'none' }],
  ])('%s', (_label, alignment, expected) => {
    expect(matchAlignment(alignment)).toEqual(expected);
  });

  it('does not read a look-alike host as ESCO', () => {
    expect(normaliseEscoUri('http://data.europa.eu.evil.example/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d')).toBeNull();
  });
});
