// README's verification section is the published contract of the check codes: it must list every code a renderer
// knows (so a code added to a reasons file without documenting it fails here), and nothing that no longer exists.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownCodes } from '@/lib/verification/render';

const readme = readFileSync(path.resolve(__dirname, '../../../../../README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Verification'), readme.indexOf('\n## ', readme.indexOf('## Verification') + 1));

describe('README verification section', () => {
  it('lists exactly the check codes the renderers know, per check', () => {
    for (const [check, codes] of Object.entries(knownCodes())) {
      const line = section.split('\n').find((l) => l.startsWith(`- **${check}**:`));
      expect(line, `a "- **${check}**:" line`).toBeDefined();
      const listed = [...line!.matchAll(/`([a-z0-9_]+)`/g)].map((m) => m[1]);
      expect(listed.sort(), check).toEqual([...codes].sort());
    }
  });
});
