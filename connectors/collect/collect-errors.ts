// Why a collection run stopped, in the words an analyst needs: bad credentials need a person,
// a spent quota or a rate limit needs time, a server error needs a retry.
export type CollectErrorKind = 'auth' | 'rate_limited' | 'quota' | 'transient' | 'bad_response' | 'config';

export class CollectError extends Error {
  readonly kind: CollectErrorKind;
  readonly retriable: boolean;
  /** When a rate limit or quota lets us try again (epoch ms), if the platform said. */
  readonly retryAt: number | null;
  /** The cursor to keep instead of the last page's, when resuming from it would fail again. */
  cursor?: Record<string, unknown>;
  constructor(kind: CollectErrorKind, message: string, opts: { cause?: unknown; retryAt?: number | null } = {}) {
    super(message, { cause: opts.cause });
    this.name = 'CollectError';
    this.kind = kind;
    this.retriable = kind === 'rate_limited' || kind === 'quota' || kind === 'transient';
    this.retryAt = opts.retryAt ?? null;
  }
}
