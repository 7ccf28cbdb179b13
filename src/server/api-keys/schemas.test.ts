import { describe, expect, it } from 'vitest';
import { createApiKeySchema } from './schemas';

const orgId = '7d3c1f2a-0000-4000-8000-00000000d001';

describe('createApiKeySchema', () => {
  it('takes a trimmed name and known scopes, in a fixed order without repeats', () => {
    expect(createApiKeySchema.parse({ orgId, name: '  Careers portal ', scopes: ['verify', 'search', 'verify'] })).toEqual({
      orgId,
      name: 'Careers portal',
      scopes: ['search', 'verify'],
    });
  });

  it.each([
    ['no scope', { name: 'Portal', scopes: [] }, 'scopes', 'Choose at least one thing the key may do.'],
    ['an unknown scope', { name: 'Portal', scopes: ['admin'] }, 'scopes.0', 'Choose from search, verify and jobs.'],
    ['a blank name', { name: '   ', scopes: ['search'] }, 'name', 'Name the key after the portal or system that will use it, e.g. “Careers portal”.'],
    ['a name over 80 characters', { name: 'x'.repeat(81), scopes: ['search'] }, 'name', 'Keep the name to 80 characters.'],
    [
      'a name with a line break',
      { name: 'Portal\nTwo', scopes: ['search'] },
      'name',
      'Use letters, digits and punctuation only: no line breaks or control characters.',
    ],
  ])('refuses %s with a message that says what to do', (_what, input, path, message) => {
    const result = createApiKeySchema.safeParse({ orgId, ...input });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message])).toContainEqual([path, message]);
  });

  it('accepts a name of exactly 80 characters', () => {
    expect(createApiKeySchema.safeParse({ orgId, name: 'x'.repeat(80), scopes: ['jobs'] }).success).toBe(true);
  });
});
