import 'server-only';

/**
 * A query string as the object a zod schema reads: a key given once is a string, a repeated key an array. Empty
 * values are dropped (an untouched form field sends `q=`), so "absent" and "empty" mean the same.
 */
export function parseQuery(params: URLSearchParams): Record<string, string | string[]> {
  const entries: Record<string, string | string[]> = {};
  params.forEach((value, key) => {
    if (!value.trim()) return;
    const existing = entries[key];
    entries[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  });
  return entries;
}
