// HTTP for the platforms we call without a client library (Meta Graph, TikTok, Telegram's web
// preview). The configured base URLs are the operator's choice and are requested as they are; any
// other origin a platform sends us to (Meta's `paging.next` is a whole URL) is attacker-reachable
// input and goes through the URL guard and a connection pinned to the checked addresses.
import { fetch as undiciFetch, type Dispatcher } from 'undici';
import { pinnedAgent } from '../../infra/http/pinned-agent.ts';
import { clearance, type UrlGuardOptions } from '../../infra/http/url-guard.ts';
import { redactUrl } from '../../infra/log/redact-url.ts';
import { CollectError } from './collect-errors.ts';
import { readCappedBody } from '../../infra/http/read-capped-body.ts';

export interface PlatformResponse {
  status: number;
  headers: Headers;
  bytes: Buffer;
}

export interface PlatformRequest {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

export type PlatformHttp = (url: string, init?: PlatformRequest) => Promise<PlatformResponse>;

export interface PlatformHttpOptions {
  /** Origins configured by the operator (e.g. META_GRAPH_URL); requested without the guard. */
  trustedOrigins: string[];
  timeoutMs?: number;
  /** Largest response body read; a larger one is an error, not a truncated page. */
  maxBytes?: number;
  guard?: UrlGuardOptions;
  userAgent?: string;
}

function readBody(res: Response, maxBytes: number, what: string): Promise<Buffer> {
  return readCappedBody(res, maxBytes, () => new CollectError('bad_response', `${what}: response larger than ${maxBytes} bytes`));
}

export function createPlatformHttp(opts: PlatformHttpOptions): PlatformHttp {
  const trusted = new Set(opts.trustedOrigins.map((o) => new URL(o).origin));
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const maxBytes = opts.maxBytes ?? 20 * 1024 * 1024;
  return async (input, init = {}) => {
    const url = new URL(input);
    const shown = redactUrl(url.href);
    const signal = AbortSignal.timeout(timeoutMs);
    let agent: Dispatcher | undefined;
    if (!trusted.has(url.origin)) {
      const cleared = await clearance(url, opts.guard ?? {}, signal);
      if ('refused' in cleared) throw new CollectError('bad_response', `not following ${shown}: ${cleared.refused}`);
      if (cleared.addresses) agent = pinnedAgent(url.hostname, cleared.addresses);
    }
    try {
      const res = (await undiciFetch(url.href, {
        method: init.method ?? 'GET',
        headers: { 'user-agent': opts.userAgent ?? 'rsmon (supervisory monitoring)', ...init.headers },
        body: init.body,
        redirect: 'manual',
        signal,
        ...(agent ? { dispatcher: agent } : {}),
      })) as unknown as Response;
      return { status: res.status, headers: res.headers, bytes: await readBody(res, maxBytes, shown) };
    } catch (e) {
      if (e instanceof CollectError) throw e;
      const cause = (e as { cause?: { code?: string } }).cause?.code;
      throw new CollectError('transient', `request to ${shown} failed: ${signal.aborted ? `timed out after ${timeoutMs} ms` : (cause ?? (e as Error).message)}`, { cause: e });
    } finally {
      await agent?.destroy().catch(() => undefined);
    }
  };
}

/** Capped exponential back-off for 5xx and network errors: 0.5 s, 1 s, 2 s... at most 30 s. */
export function backoffMs(attempt: number): number {
  return Math.min(30_000, 500 * 2 ** (attempt - 1));
}
