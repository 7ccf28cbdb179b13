/** The person-readable sentence of an API problem (RFC 9457 `detail`), if the body is one. Client-safe. */
export function problemDetail(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const detail = (body as { detail?: unknown }).detail;
  return typeof detail === 'string' && detail ? detail : undefined;
}
