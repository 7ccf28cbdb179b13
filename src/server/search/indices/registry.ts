import 'server-only';
import { candidatesIndex } from './candidates';
import { jobsIndex } from './jobs';

/** Every index the app keeps, by name. */
export const indexDefinitions = { candidates: candidatesIndex, jobs: jobsIndex } as const;

export type IndexName = keyof typeof indexDefinitions;

export function aliasFor(prefix: string, name: IndexName): string {
  return `${prefix}${name}`;
}
