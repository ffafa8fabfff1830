// Hosts whose role is known regardless of the firm catalogue: URL shorteners (expandable later),
// link-in-bio hubs (an influencer's hub page often carries the referral link), app stores, and
// large platforms that are never the promoted firm (so generic invite patterns must not fire there).

export const SHORTENER_HOSTS: ReadonlySet<string> = new Set([
  'bit.ly', 'bitly.com', 't.co', 'tinyurl.com', 'goo.gl', 'ow.ly', 'is.gd', 'v.gd', 'buff.ly', 'cutt.ly',
  'rebrand.ly', 'shorturl.at', 't.ly', 's.id', 'rb.gy', 'lnkd.in', 'tiny.cc', 'bl.ink', 'dlvr.it', 'ift.tt',
  'amzn.to', 'qrco.de', 'surl.li', 'clck.ru', 'shorturl.asia', 'tiny.one',
]);
// youtu.be is deliberately absent: it is a video link, not a redirector to an arbitrary site.

/** Link hubs; subdomains count too (carrd.co pages are <name>.carrd.co). */
export const LINK_HUB_DOMAINS: ReadonlySet<string> = new Set([
  'linktr.ee', 'beacons.ai', 'lnk.bio', 'bio.link', 'taplink.cc', 'taplink.at', 'campsite.bio', 'carrd.co',
  'linkin.bio', 'solo.to', 'allmylinks.com', 'bio.site', 'linkr.bio', 'hoo.be', 'msha.ke',
]);

export const APPLE_APP_STORE_HOSTS: ReadonlySet<string> = new Set(['apps.apple.com', 'itunes.apple.com']);
export const GOOGLE_PLAY_HOSTS: ReadonlySet<string> = new Set(['play.google.com']);

/**
 * Registrable domains of platforms, marketplaces and code hosts. A "?ref=" or "/r/<x>" there is
 * navigation (reddit.com/r/Bitcoin, github.com/x?ref=main, amazon "ref=" tags), never a new firm.
 */
export const NON_FIRM_DOMAINS: ReadonlySet<string> = new Set([
  'x.com', 'twitter.com', 'youtube.com', 'youtu.be', 'facebook.com', 'fb.com', 'instagram.com', 'tiktok.com',
  't.me', 'telegram.me', 'telegram.org', 'discord.com', 'discord.gg', 'reddit.com', 'redd.it', 'linkedin.com',
  'github.com', 'gitlab.com', 'medium.com', 'substack.com', 'wikipedia.org', 'google.com', 'apple.com',
  'microsoft.com', 'twitch.tv', 'patreon.com', 'spotify.com', 'whatsapp.com', 'wa.me', 'threads.net',
  'pinterest.com', 'snapchat.com', 'tradingview.com', 'coingecko.com', 'coinmarketcap.com', 'ebay.com',
  // Code hosts, package registries and forums: their "ref", "/r/" and "/i/" are branches, tags and pages.
  'githubusercontent.com', 'bitbucket.org', 'gitee.com', 'npmjs.com', 'pypi.org', 'jsdelivr.net', 'postman.com',
  'stackoverflow.com', 'ycombinator.com', 'producthunt.com', 'bitcointalk.org', 'huggingface.co',
]);

/** Marketplaces by name without suffix: amazon.de, amazon.co.uk, ebay.fr... all behave the same. */
export const NON_FIRM_BRANDS: ReadonlySet<string> = new Set(['amazon', 'ebay', 'google', 'aliexpress']);

/** Host equals one of the domains or is a subdomain of one. Walks labels; no regex. */
export function hostInDomains(host: string, domains: ReadonlySet<string>): boolean {
  let h = host;
  for (;;) {
    if (domains.has(h)) return true;
    const dot = h.indexOf('.');
    if (dot < 0) return false;
    h = h.slice(dot + 1);
  }
}

/** Shorteners match exactly or with "www." (a subdomain of bit.ly is a branded page, not a short link). */
export function isShortenerHost(host: string): boolean {
  return SHORTENER_HOSTS.has(host.startsWith('www.') ? host.slice(4) : host);
}

export function isLinkHubHost(host: string): boolean {
  return hostInDomains(host, LINK_HUB_DOMAINS);
}

export function isAppStoreHost(host: string): boolean {
  return APPLE_APP_STORE_HOSTS.has(host) || GOOGLE_PLAY_HOSTS.has(host);
}
