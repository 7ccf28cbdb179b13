import type { CheckParams } from '../model';

/** Who reads the sentence: the badge's owner, or anyone else (employers, the public). */
export type Audience = 'owner' | 'others';
export type Reason = (params: CheckParams, audience: Audience) => string;
export type Reasons = Record<string, Reason>;

export const str = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : fallback);
export const day = (value: unknown): string => {
  const date = new Date(str(value));
  return Number.isNaN(date.getTime()) ? str(value) : date.toISOString().slice(0, 10);
};
export const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
/** " (detail)" when a library or server gave one, else nothing. */
export const detail = (params: CheckParams): string => (params.detail ? ` (${str(params.detail)})` : '');
