// Opt-in shortener expansion: a bit.ly in a post hides the referral link it leads to. Expanding means
// fetching attacker-chosen URLs, so each hop is checked (scheme, port, every resolved address) before
// any request, redirects are followed by hand, and time and bytes are capped. Each hop connects
// through a dispatcher pinned to the addresses that were checked (infra/http/pinned-agent.ts): the
// host is resolved once, so a rebinding name server cannot swap in a private address afterwards.
import { fetch as undiciFetch, type Dispatcher } from 'undici';
import { pinnedAgent } from '../../infra/http/pinned-agent.ts';
import { clearance, type UrlGuardOptions } from '../../infra/http/url-guard.ts';
import type { EnrichedLink } from '../contracts/enriched-item.ts';
import type { FirmCatalogue } from '../firms/catalogue.ts';
import { classifyUrl } from './classify-url.ts';
import { dedupeKey, parseHttpUrl } from './normalise-url.ts';

export { classifyUrl } from './classify-url.ts';
export type { ClassifiedUrl } from './classify-url.ts';

export interface ExpandResult {
  /** Last URL reached: the destination, or on error the last URL actually requested (else the input). */
  finalUrl: string;
  /** Every URL requested, in order, starting with the input. */
  hops: string[];
  /** HTTP status of the final response, when there was one. */
  status?: number;
  error?: string;
}

export type LinkExpander = (url: string) => Promise<ExpandResult>;

export interface LinkExpanderOptions extends UrlGuardOptions {
  maxRedirects: number;
  /** Budget for the whole chain, DNS included. */
  timeoutMs: number;
  /** Most body bytes read per response (only GET fallbacks read bodies, for <meta refresh>). */
  maxBytes: number;
  /** Tests only: replaces undici's fetch; it receives the pinned dispatcher in `init.dispatcher`. */
  fetchImpl?: FetchWithDispatcher;
}

export type FetchWithDispatcher = (url: string, init: RequestInit & { dispatcher?: Dispatcher }) => Promise<Response>;

// undici's own fetch, not the global one: the dispatcher must come from the same undici as the fetch
// that uses it (Node's bundled copy may be another major version). Its Response is the WHATWG one.
const defaultFetch = undiciFetch as unknown as FetchWithDispatcher;

const isRedirect = (status: number): boolean => status >= 300 && status < 400;

/** Read at most maxBytes of a body, then cancel the rest (never buffers an endless stream). */
async function readCapped(res: Response, maxBytes: number): Promise<string> {
  if (!res.body || maxBytes <= 0) {
    await res.body?.cancel().catch(() => undefined);
    return '';
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    while (total < maxBytes) {
      const { done, value } = await reader.read();
      if (done) break;
      const take = value.subarray(0, maxBytes - total);
      chunks.push(take);
      total += take.length;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}

/**
 * Target of <meta http-equiv="refresh" content="0; url=...">, which some shorteners use instead of a
 * 3xx. indexOf scans only: the body is attacker-controlled, so no regex over it.
 */
export function metaRefreshTarget(html: string): string | null {
  const lower = html.toLowerCase();
  let i = lower.indexOf('<meta');
  while (i >= 0) {
    const end = lower.indexOf('>', i);
    if (end < 0) return null;
    const tag = lower.slice(i, Math.min(end, i + 2048));
    if (tag.includes('http-equiv') && tag.includes('refresh')) {
      const u = tag.indexOf('url=');
      if (u >= 0) {
        const start = i + u + 4;
        let stop = start;
        const limit = Math.min(end, i + 2048);
        while (stop < limit && !'"\'> '.includes(html.charAt(stop))) stop++;
        const target = html.slice(start, stop).trim();
        return target || null;
      }
    }
    i = lower.indexOf('<meta', end);
  }
  return null;
}

interface HopOutcome {
  status: number;
  location: string | null;
}

async function requestHop(url: URL, opts: LinkExpanderOptions, signal: AbortSignal, dispatcher: Dispatcher | undefined): Promise<HopOutcome> {
  const doFetch = opts.fetchImpl ?? defaultFetch;
  const init = { redirect: 'manual' as const, signal, headers: { accept: 'text/html,*/*;q=0.8' }, ...(dispatcher ? { dispatcher } : {}) };
  // HEAD first: most shorteners answer it with the redirect and no body at all.
  try {
    const head = await doFetch(url.href, { ...init, method: 'HEAD' });
    await head.body?.cancel().catch(() => undefined);
    const location = head.headers.get('location');
    if (isRedirect(head.status) && location) return { status: head.status, location };
    if (head.status >= 200 && head.status < 300) return { status: head.status, location: null };
  } catch (e) {
    if (signal.aborted) throw e;
    // Some servers drop HEAD; GET below decides.
  }
  const res = await doFetch(url.href, { ...init, method: 'GET' });
  const location = res.headers.get('location');
  if (isRedirect(res.status) && location) {
    await res.body?.cancel().catch(() => undefined);
    return { status: res.status, location };
  }
  const type = res.headers.get('content-type') ?? '';
  if (res.status >= 200 && res.status < 300 && type.includes('html')) {
    return { status: res.status, location: metaRefreshTarget(await readCapped(res, opts.maxBytes)) };
  }
  await res.body?.cancel().catch(() => undefined);
  return { status: res.status, location: null };
}

export function createLinkExpander(opts: LinkExpanderOptions): LinkExpander {
  return async (input) => {
    const hops: string[] = [];
    const last = (): string => hops[hops.length - 1] ?? input;
    const first = parseHttpUrl(input);
    if (!first) return { finalUrl: input, hops, error: 'not an http(s) URL' };
    const signal = AbortSignal.timeout(opts.timeoutMs);
    let current = first;
    let redirects = 0;
    try {
      for (;;) {
        const cleared = await clearance(current, opts, signal);
        // A redirect target we will not (or cannot) contact is still where the link leads: report it
        // unvisited, so attribution works without ever sending a request there.
        if ('refused' in cleared) return { finalUrl: hops.length ? current.href : input, hops, error: cleared.refused };
        hops.push(current.href);
        const agent = cleared.addresses ? pinnedAgent(current.hostname, cleared.addresses) : undefined;
        let outcome: HopOutcome;
        try {
          outcome = await requestHop(current, opts, signal, agent);
        } finally {
          // The hop's body is read or cancelled by now; drop its socket rather than pool it.
          await agent?.destroy().catch(() => undefined);
        }
        const { status, location } = outcome;
        // A 4xx/5xx at the end is still a destination: exchanges often answer bots with 403.
        if (!location) return { finalUrl: current.href, hops, status };
        if (redirects >= opts.maxRedirects) {
          return { finalUrl: current.href, hops, status, error: `too many redirects (more than ${opts.maxRedirects})` };
        }
        let next: URL;
        try {
          next = new URL(location, current);
        } catch {
          return { finalUrl: current.href, hops, status, error: 'invalid redirect location' };
        }
        next.hash = '';
        redirects++;
        current = next;
      }
    } catch (e) {
      if (signal.aborted) return { finalUrl: last(), hops, error: `timed out after ${opts.timeoutMs} ms` };
      return { finalUrl: last(), hops, error: `request failed: ${e instanceof Error ? e.message : String(e)}` };
    }
  };
}

/**
 * Expand the shortener links of one item and classify where they lead (the furthest location
 * known, even when a later hop was refused or failed). Other links pass through; an expansion that
 * learnt nothing keeps the shortener link as it was. Same-destination links are deduped, the
 * first one kept, as the enricher does.
 */
export async function expandItemLinks(
  links: EnrichedLink[],
  expander: LinkExpander,
  catalogue: FirmCatalogue,
  opts: { concurrency?: number } = {},
): Promise<EnrichedLink[]> {
  const targets = [...new Set(links.filter((l) => l.role === 'shortener').map((l) => l.finalUrl))];
  const results = new Map<string, ExpandResult>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < targets.length) {
      const url = targets[next++] as string;
      results.set(url, await expander(url));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? 4, targets.length)) }, worker));

  const out: EnrichedLink[] = [];
  const seen = new Set<string>();
  for (const link of links) {
    let updated = link;
    const r = link.role === 'shortener' ? results.get(link.finalUrl) : undefined;
    if (r && r.finalUrl !== link.finalUrl) {
      const c = classifyUrl(r.finalUrl, catalogue);
      if (c) updated = { ...c, url: link.url, from: link.from };
    }
    const key = dedupeKey(updated.finalUrl);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(updated);
  }
  return out;
}
