import { describe, expect, it } from 'vitest';
import { readVerificationToken, verificationToken } from './email-verification';

const secret = 'x'.repeat(40);

describe('email verification tokens', () => {
  it('round-trips the user and address', () => {
    expect(readVerificationToken(verificationToken('u1', 'A@Example.test', secret), secret)).toEqual({ userId: 'u1', email: 'a@example.test' });
  });
  it('refuses a tampered token, another secret and an expired link', () => {
    const token = verificationToken('u1', 'a@example.test', secret, 0);
    expect(() => readVerificationToken(token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')), secret, 0)).toThrowError('not valid');
    expect(() => readVerificationToken(token, 'y'.repeat(40), 0)).toThrowError('not valid');
    expect(() => readVerificationToken(token, secret, 49 * 60 * 60_000)).toThrowError('expired');
  });
});
