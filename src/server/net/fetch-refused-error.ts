import 'server-only';

export type FetchRefusedCode = 'scheme' | 'address' | 'timeout' | 'too_large' | 'content_type' | 'status' | 'redirects' | 'dns' | 'network';

/**
 * Why an outbound fetch did not produce a usable response. `url` is the address that was
 * refused (after redirects, with any user name or password removed); the message is meant
 * for the person who supplied it.
 */
export class FetchRefusedError extends Error {
  readonly httpStatus?: number;

  constructor(
    readonly code: FetchRefusedCode,
    readonly url: string,
    message: string,
    options: { cause?: unknown; httpStatus?: number } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'FetchRefusedError';
    if (options.httpStatus !== undefined) this.httpStatus = options.httpStatus;
  }
}

const KB = 1024;
const MB = 1024 * KB;

/** 1048576 → "1 MB", 62914560 → "60 MB", 1536 → "1.5 KB". Binary units, everyday names. */
export function formatBytes(bytes: number): string {
  const trim = (n: number) => String(Number(n.toFixed(1)));
  if (bytes >= MB) return `${trim(bytes / MB)} MB`;
  if (bytes >= KB) return `${trim(bytes / KB)} KB`;
  return `${bytes} bytes`;
}

/** 5000 → "5 s", 300 → "0.3 s", 50 → "50 ms". */
export function formatDuration(ms: number): string {
  return ms < 100 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}
