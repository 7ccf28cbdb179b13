import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../errors';
import { changePasswordSchema, signUpSchema } from './schemas';

const seeker = { name: 'Ailsa Reid', email: ' Ailsa@Example.COM ', password: 'correct horse battery', accountType: 'seeker' };

describe('signUpSchema', () => {
  it('normalises the email address', () => {
    expect(signUpSchema.parse(seeker).email).toBe('ailsa@example.com');
  });

  it('explains a malformed email, a short password and a missing name', () => {
    const result = signUpSchema.safeParse({ ...seeker, name: ' ', email: 'ailsa@', password: 'short' });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toEqual({
      name: ['Enter your name.'],
      email: ['Enter an email address like name@example.com.'],
      password: ['Use at least 10 characters for your password.'],
    });
  });

  it('asks an employer for the organisation name', () => {
    const result = signUpSchema.safeParse({ ...seeker, accountType: 'employer' });
    expect(fieldErrors(result.error!)).toEqual({ organisationName: ['Enter the name of the organisation you hire for.'] });
  });
});

describe('changePasswordSchema', () => {
  it('asks for the current password and a new one as long as at sign-up', () => {
    const result = changePasswordSchema.safeParse({ currentPassword: '', newPassword: 'short' });
    expect(fieldErrors(result.error!)).toEqual({
      currentPassword: ['Enter your current password.'],
      newPassword: ['Use at least 10 characters for your password.'],
    });
  });

  it('refuses a "new" password that is the current one', () => {
    const result = changePasswordSchema.safeParse({ currentPassword: 'correct horse battery', newPassword: 'correct horse battery' });
    expect(fieldErrors(result.error!)).toEqual({ newPassword: ['Choose a new password that is different from your current one.'] });
    expect(changePasswordSchema.safeParse({ currentPassword: 'correct horse battery', newPassword: 'staple battery horse' }).success).toBe(true);
  });
});
