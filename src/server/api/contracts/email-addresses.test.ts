// Email address response schemas against the service's types (compile time, npx tsc --noEmit) and wire values (test time).
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { addAddress, listAddresses, makePrimary, removeAddress, resendLink } from '@/server/account/email-addresses';
import { sameType, type Json } from '@/server/testing/same-type';
import { addMyEmail, listMyEmails, makeMyEmailPrimary, removeMyEmail, resendMyEmailLink } from './email-addresses';

const listSchema = listMyEmails.responses[200].schema;

sameType<z.output<typeof listSchema>, Json<{ addresses: Awaited<ReturnType<typeof listAddresses>> }>>();
sameType<z.output<(typeof addMyEmail.responses)[201]['schema']>, Json<{ address: Awaited<ReturnType<typeof addAddress>> }>>();
sameType<z.output<(typeof resendMyEmailLink.responses)[200]['schema']>, Json<Awaited<ReturnType<typeof resendLink>>>>();
sameType<z.output<(typeof makeMyEmailPrimary.responses)[200]['schema']>, Json<Awaited<ReturnType<typeof makePrimary>>>>();
sameType<z.output<(typeof removeMyEmail.responses)[200]['schema']>, Json<Awaited<ReturnType<typeof removeAddress>>>>();

const wire = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('email address schemas', () => {
  it('hold the list as the service gives it', () => {
    const sent = wire({
      addresses: [
        { address: 'ada@example.org', primary: true, verified: true, verifiedAt: new Date('2026-01-01T10:00:00Z'), addedAt: new Date('2026-01-01T09:00:00Z') },
        { address: 'ada@school.example', primary: false, verified: false, verifiedAt: null, addedAt: new Date('2026-02-01T09:00:00Z') },
      ],
    });
    expect(listSchema.parse(sent)).toEqual(sent);
  });

  it('take an address to add, normalised, and refuse what is not one', () => {
    expect(addMyEmail.body.json.parse({ email: ' Ada@School.example ' })).toEqual({ email: 'ada@school.example' });
    expect(addMyEmail.body.json.safeParse({ email: 'not an address' }).success).toBe(false);
    expect(addMyEmail.body.json.safeParse({}).success).toBe(false);
  });

  it('name an address in the path, encoded or not', () => {
    expect(removeMyEmail.params.parse({ address: 'ada%40school.example' })).toEqual({ address: 'ada%40school.example' });
    expect(removeMyEmail.params.safeParse({ address: '' }).success).toBe(false);
  });
});
