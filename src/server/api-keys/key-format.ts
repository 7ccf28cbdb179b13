import 'server-only';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * An organisation API key as the caller holds it: `bb_<prefix>_<secret>`.
 * - `prefix`: 10 random base32 characters (50 bits), public and unique; it finds the row and is shown in the UI.
 * - `secret`: 32 random bytes, base64url (43 characters); only its SHA-256 is stored.
 */
export const KEY_PREFIX_LENGTH = 10;
const SECRET_BYTES = 32;
const SECRET_LENGTH = 43; // base64url of 32 bytes, unpadded
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
const KEY_PATTERN = new RegExp(`^bb_([${BASE32}]{${KEY_PREFIX_LENGTH}})_([A-Za-z0-9_-]{${SECRET_LENGTH}})$`);

export type ParsedApiKey = { prefix: string; secret: string };
export type NewApiKey = ParsedApiKey & { token: string; secretHash: string };

function randomPrefix(): string {
  // 32 divides 256, so `byte % 32` is uniform.
  return Array.from(randomBytes(KEY_PREFIX_LENGTH), (byte) => BASE32[byte % 32]).join('');
}

/** The key's visible part, as lists show it: `bb_<prefix>_…`. */
export function maskedKey(prefix: string): string {
  return `bb_${prefix}_…`;
}

/**
 * SHA-256 of the secret, hex. A fast hash is right here, unlike for passwords: the secret is 256 bits from the
 * operating system's CSPRNG, so there is nothing to guess and nothing a slow hash (argon2) would protect; it would
 * only make every API request slower.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Compares a presented secret with a stored hash in constant time (the hash's length is fixed, so nothing leaks). */
export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return stored.length === presented.length && timingSafeEqual(presented, stored);
}

/** A new key: the token to show once, and what to store (prefix and hash). */
export function generateApiKey(): NewApiKey {
  const prefix = randomPrefix();
  const secret = randomBytes(SECRET_BYTES).toString('base64url');
  return { prefix, secret, token: `bb_${prefix}_${secret}`, secretHash: hashSecret(secret) };
}

/** The parts of a token, or null when it cannot be one of our keys (then no database lookup is needed). */
export function parseApiKey(token: string): ParsedApiKey | null {
  const match = KEY_PATTERN.exec(token);
  return match ? { prefix: match[1]!, secret: match[2]! } : null;
}
