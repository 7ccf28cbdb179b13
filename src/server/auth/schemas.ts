import 'server-only';
import { z } from 'zod';

export const emailSchema = z
  .string({ error: 'Enter your email address.' })
  .trim()
  .toLowerCase()
  .max(254, 'That email address is too long.')
  .pipe(z.email('Enter an email address like name@example.com.'));

export const passwordSchema = z
  .string({ error: 'Enter a password.' })
  .min(10, 'Use at least 10 characters for your password.')
  .max(200, 'Use at most 200 characters for your password.');

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: 'Enter your password.' }).min(1, 'Enter your password.').max(200, 'That password is too long.'),
});

export const signUpSchema = z
  .object({
    name: z.string({ error: 'Enter your name.' }).trim().min(1, 'Enter your name.').max(120, 'Use at most 120 characters for your name.'),
    email: emailSchema,
    password: passwordSchema,
    accountType: z.enum(['seeker', 'employer'], { error: 'Choose whether you are looking for work or hiring.' }),
    organisationName: z.string().trim().max(160, 'Use at most 160 characters for the organisation name.').optional(),
  })
  .superRefine((value, ctx) => {
    if (value.accountType === 'employer' && !value.organisationName) {
      ctx.addIssue({ code: 'custom', path: ['organisationName'], message: 'Enter the name of the organisation you hire for.' });
    }
  });

export type SignUpInput = z.infer<typeof signUpSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: 'Enter your current password.' }).min(1, 'Enter your current password.').max(200, 'That password is too long.'),
    newPassword: passwordSchema,
  })
  .refine((value) => value.newPassword !== value.currentPassword, {
    path: ['newPassword'],
    message: 'Choose a new password that is different from your current one.',
  });

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
