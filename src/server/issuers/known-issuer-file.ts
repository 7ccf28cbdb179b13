import 'server-only';
import { z } from 'zod';

/**
 * Our own documented known-issuer JSON: `[{ "id": "<DID or https URL>", "name": "…", "domains": ["…"] }]`.
 * The one schema for the admin page's import and form, and for the CLI's `--issuers`.
 */

/** A DID (`did:<method>:<id>`) or an https URL: what an issuer is. */
export const issuerIdSchema = z
  .string({ error: 'Give the issuer’s id (a DID or an https:// URL).' })
  .trim()
  .min(1, 'Give the issuer’s id.')
  .max(2000, 'An issuer id is at most 2,000 characters.')
  .refine((id) => /^did:[a-z0-9]+:[A-Za-z0-9._:%-]+(?:[/?#].*)?$/.test(id) || isHttpsUrl(id), {
    message: 'An issuer id is a DID (did:key:…, did:web:…) or an https:// URL.',
  });

function isHttpsUrl(value: string): boolean {
  if (!value.startsWith('https://')) return false;
  try {
    return Boolean(new URL(value).hostname);
  } catch {
    return false;
  }
}

/** A domain name, lowercased, without scheme, path or a leading "www.". */
export const issuerDomainSchema = z
  .string({ error: 'A domain is a name like college.ac.uk.' })
  .trim()
  .toLowerCase()
  .transform((domain) => domain.replace(/^www\./, ''))
  .refine((domain) => /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62}$/.test(domain), {
    message: 'A domain is a name like college.ac.uk (no https://, no path).',
  });

export const issuerNameSchema = z
  .string({ error: 'Give the issuer’s verified name.' })
  .trim()
  .min(1, 'Give the issuer’s verified name.')
  .max(200, 'A name is at most 200 characters.');

export const knownIssuerEntrySchema = z.object(
  {
    id: issuerIdSchema,
    name: issuerNameSchema,
    domains: z
      .array(issuerDomainSchema, { error: 'Domains are a list of names like ["college.ac.uk"].' })
      .max(20, 'At most 20 domains per issuer.')
      .default([]),
  },
  { error: 'Each entry is an object { "id", "name", "domains" }.' },
);

export const knownIssuerFileSchema = z.array(knownIssuerEntrySchema).max(5_000, 'At most 5,000 issuers per file.');

export type KnownIssuerEntry = z.infer<typeof knownIssuerEntrySchema>;
