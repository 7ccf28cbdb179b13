import 'server-only';
import { AppError } from '@/server/errors';
import type { DecodedCredential } from './decode-credential';

const hasNul = (text: string) => text.includes('\u0000');

/** True when a string or a key anywhere in the value holds a NUL character. */
function holdsNul(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const node = stack.pop();
    if (typeof node === 'string') {
      if (hasNul(node)) return true;
    } else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (hasNul(key)) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

/**
 * Postgres text and jsonb cannot hold U+0000, and no badge field needs it: a credential carrying one (raw, or as
 * `\u0000` inside its JSON or its JWT payload) is refused as the sender's mistake before anything is stored.
 */
export function refuseNulCharacters(decoded: DecodedCredential[]): void {
  for (const credential of decoded) {
    if (hasNul(credential.raw) || holdsNul(credential.credential) || holdsNul(credential.jwt?.header) || holdsNul(credential.jwt?.payload)) {
      throw new AppError(
        'input:invalid',
        'This badge holds a NUL character (\\u0000) in its text, which no badge field may contain. Export the badge from your wallet again.',
      );
    }
  }
}
