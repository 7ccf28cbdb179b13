import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { EMBED_ELEMENT, EMBED_SCRIPT } from './embed-script';

describe('the embeddable badge script', () => {
  it('is valid JavaScript that defines the element once', () => {
    expect(() => new Script(EMBED_SCRIPT)).not.toThrow();
    expect(EMBED_SCRIPT).toContain(`var NAME = '${EMBED_ELEMENT}';`);
    expect(EMBED_SCRIPT).toContain('customElements.define(NAME');
  });

  it('sends no cookies or referrer and never writes API text as HTML', () => {
    expect(EMBED_SCRIPT).toContain("credentials: 'omit'");
    expect(EMBED_SCRIPT).toContain("referrerPolicy: 'no-referrer'");
    expect(EMBED_SCRIPT).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });
});
