import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readVerificationToken, verificationToken } from './email-verification';

const secret = 'x'.repeat(40);

describe('email verification tokens', () => {
  it('round-trips the user and address', () => {
    expect(readVerificationToken(verificationToken('u1', 'A@Example.test', secret), secret)).toEqual({ userId: 'u1', email: 'a@example.test' });
  });
  it('refuses a tampered token, another secret and an expired link', () => {
    const token = verificationToken('u1', 'a@example.test', secret, 0);
    expect(() =>
      readVerificationToken(
        token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
        secret,
        0,
      ),
    ).toThrowError('not valid');
    expect(() => readVerificationToken(token, 'y'.repeat(40), 0)).toThrowError('not valid');
    expect(() => readVerificationToken(token, secret, 49 * 60 * 60_000)).toThrowError('expired');
  });
  it('answers "not valid" (an AppError, never a crash) for a link cut short, a multi-byte signature or a signed payload of the wrong shape', () => {
    // Signed as the module signs, so only the payload's shape is wrong.
    const signedPayload = (payload: unknown) => {
      const encoded = Buffer.from(JSON.stringify(payload)).toString('base64url');
      return `${encoded}.${createHmac('sha256', `email-verification:${secret}`).update(encoded).digest('base64url')}`;
    };
    const [, signature] = verificationToken('u1', 'a@example.test', secret).split('.');
    const tokens = [
      '',
      'abc',
      'abc.',
      `.${signature}`,
      `abc.${'é'.repeat(signature!.length)}`,
      signedPayload(null),
      signedPayload({ u: 'u1', e: 'a@example.test', x: 'soon' }),
      signedPayload([1, 2]),
    ];
    for (const token of tokens) {
      expect(() => readVerificationToken(token, secret, 0), token).toThrowError(
        expect.objectContaining({ code: 'input:invalid', message: expect.stringContaining('not valid') }),
      );
    }
    expect(readVerificationToken(signedPayload({ u: 'u1', e: 'a@example.test', x: 60_000 }), secret, 0)).toEqual({ userId: 'u1', email: 'a@example.test' });
  });
});
