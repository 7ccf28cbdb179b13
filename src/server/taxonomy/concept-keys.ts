import 'server-only';

/** Canonical keys: the ESCO URI for ESCO concepts, `<framework>:<code>` for every other framework. */
export const ESCO_FRAMEWORK = 'esco';
export const ESCO_BASE = 'http://data.europa.eu/esco/';

export function isEscoUri(value: string): boolean {
  return value.startsWith(ESCO_BASE);
}

/** `http://data.europa.eu/esco/skill/<uuid>` → `skill/<uuid>`. */
export function escoCodeOf(uri: string): string {
  return uri.slice(ESCO_BASE.length);
}

export function customKey(frameworkId: string, code: string): string {
  return `${frameworkId}:${code}`;
}
