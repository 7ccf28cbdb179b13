// The document route's response schema holds the document it serves.
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '@/server/api/openapi';
import { getOpenApiDocument } from './docs';

describe('docs response schema', () => {
  it('holds the OpenAPI document as served', () => {
    const sent = JSON.parse(JSON.stringify(openApiDocument())) as unknown;
    expect(getOpenApiDocument.responses[200].schema.parse(sent)).toEqual(sent);
    expect(getOpenApiDocument.responses[200].schema.safeParse({ ...(sent as object), openapi: '3.0.3' }).success).toBe(false);
  });
});
