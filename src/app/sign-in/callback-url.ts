/** Accepts only same-origin relative paths ("/cv", not "//evil.example" or "https://…"), so sign-in cannot redirect off-site. */
export function safeCallbackUrl(value: string | string[] | undefined): string | undefined {
  const url = Array.isArray(value) ? value[0] : value;
  if (!url || !url.startsWith('/') || url.startsWith('//') || url.startsWith('/\\')) return undefined;
  if (/\p{Cc}/u.test(url)) return undefined;
  return url;
}
