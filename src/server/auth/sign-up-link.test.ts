import { describe, expect, it } from 'vitest';
import { openSignUpLink, sealSignUpLink, type PendingSignUp } from './sign-up-link';

const secret = 'x'.repeat(40);
const pending: PendingSignUp = {
  email: 'iona@example.test',
  name: 'Iona',
  accountType: 'employer',
  organisationName: 'Forth Ports',
  passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA',
};
const issued = new Date('2030-01-01T09:00:00Z');
const hours = (n: number) => new Date(issued.getTime() + n * 3600_000);

describe('sign-up links', () => {
  it('round-trip what was asked for, without showing it (or the password hash) in the link', async () => {
    const token = await sealSignUpLink(pending, secret, issued);
    await expect(openSignUpLink(token, secret, hours(1))).resolves.toEqual(pending);
    const readable = token
      .split('.')
      .map((part) => Buffer.from(part, 'base64url').toString('latin1'))
      .join(' ');
    expect(readable).not.toContain('iona');
    expect(readable).not.toContain('argon2');
  });

  it('work for 48 hours, then say they expired', async () => {
    const token = await sealSignUpLink(pending, secret, issued);
    await expect(openSignUpLink(token, secret, hours(47.9))).resolves.toMatchObject({ email: pending.email });
    await expect(openSignUpLink(token, secret, hours(48.1))).rejects.toMatchObject({
      code: 'input:invalid',
      message: expect.stringContaining('expired'),
    });
  });

  it('refuse a changed token, another secret and garbage', async () => {
    const token = await sealSignUpLink(pending, secret, issued);
    const [header, key, iv, ciphertext, tag] = token.split('.');
    const flipped = ciphertext!.slice(0, -2) + (ciphertext!.endsWith('AA') ? 'BA' : 'AA');
    for (const bad of [[header, key, iv, flipped, tag].join('.'), 'not.a.token', '', 'x'.repeat(5000)]) {
      await expect(openSignUpLink(bad, secret, hours(1)), bad.slice(0, 20)).rejects.toMatchObject({
        code: 'input:invalid',
        message: expect.stringContaining('not valid'),
      });
    }
    await expect(openSignUpLink(token, 'y'.repeat(40), hours(1))).rejects.toMatchObject({ code: 'input:invalid' });
  });
});
