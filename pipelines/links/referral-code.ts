import { normaliseLocale } from './locale.ts';

// What counts as a referral code: a short token (up to 64 characters: some firms issue base64 ids).
// Anything else (URLs, sentences, 500-char blobs)
// in a "ref" parameter is not a code a regulator can match against a firm's affiliate records.
// Dots inside (deribit.com/reg-1189.4038) and base64 padding at the end occur in real codes.
const TOKEN = /^[A-Za-z0-9_-](?:[A-Za-z0-9_.-]{0,62}[A-Za-z0-9_-])?={0,2}$/;
export const MAX_CODE_CHARS = 64;
const DIGIT = /[0-9]/;
const UPPER = /[A-Z]/;

export function isReferralCode(s: string | undefined | null): s is string {
  return typeof s === 'string' && s.length >= 2 && s.length <= MAX_CODE_CHARS && TOKEN.test(s);
}

/**
 * Stricter test for weak positions (a "?ref=" on a site's home page, a one-letter "/i/<x>" path):
 * generated codes carry a digit or a capital; words like "main", "twitter", "about" do not.
 */
export function looksGenerated(s: string): boolean {
  // An underscore too ("zsofi_hu"): page slugs are written with hyphens, user names and codes with underscores.
  return isReferralCode(s) && s.length >= 4 && (DIGIT.test(s) || UPPER.test(s) || s.includes('_'));
}

/**
 * Words people put in "ref" to say where a visitor came from or which button was clicked, and path
 * words that follow /invite/ or /register/ on ordinary pages. Never a code.
 */
export const PLAIN_WORDS: ReadonlySet<string> = new Set([
  // Placeholders of explainers and templates ("exchange.com/invite?ref=YOURNAME", ".../join/abc123"): no one's code.
  'yourname', 'your_name', 'your-name', 'yourcode', 'your_code', 'your-code', 'yourid', 'your_id', 'yourref', 'yourrefcode', 'yourreferralcode', 'myname',
  'mycode', 'xxx', 'xxxx', 'xxxxx', 'xxxxxx', 'xxxxxxxx', 'example', 'placeholder', 'refcode', 'deinname',
  'deincode', 'tonnom', 'toncode', 'tucodigo', 'tunombre',
  'main', 'master', 'head', 'develop', 'dev', 'trunk', 'home', 'homepage', 'index', 'nav', 'navbar', 'menu', 'header',
  'footer', 'sidebar', 'banner', 'hero', 'button', 'cta', 'link', 'links', 'site', 'website', 'web', 'app', 'blog',
  'post', 'article', 'news', 'newsletter', 'email', 'mail', 'docs', 'doc', 'readme', 'github', 'gitlab', 'bitbucket',
  'producthunt', 'hackernews', 'hn', 'reddit', 'twitter', 'facebook', 'fb', 'instagram', 'ig', 'linkedin', 'youtube',
  'yt', 'tiktok', 'telegram', 'tg', 'discord', 'medium', 'substack', 'google', 'bing', 'search', 'organic', 'direct',
  'referral', 'referrer', 'share', 'social', 'widget', 'embed', 'landing', 'signup', 'register', 'login', 'top',
  'bottom', 'ios', 'android', 'mobile', 'desktop', 'pwa', 'extension', 'chrome', 'firefox', 'alternativeto',
  'coingecko', 'coinmarketcap', 'cmc', 'dappradar', 'defillama', 'producthunt', 'indiehackers', 'devto', 'hashnode',
  'success', 'verify', 'confirm', 'complete', 'done', 'step', 'start', 'friends', 'friend', 'program', 'programme',
  'rules', 'terms', 'faq', 'help', 'info', 'details', 'detail', 'history', 'rewards', 'reward', 'bonus', 'overview',
  'page', 'new', 'us', 'now', 'free', 'code', 'center', 'centre', 'dashboard', 'records', 'record', 'list', 'rank',
  'leaderboard', 'activity', 'campaign', 'event', 'events', 'invite', 'invites', 'about', 'more', 'user', 'users',
  'account', 'accounts', 'settings', 'profile', 'me', 'my', 'all', 'earn', 'status', 'support', 'contact', 'guide',
  'tutorial', 'learn', 'academy', 'api', 'affiliate', 'affiliates', 'partner', 'partners', 'commission', 'reg',
  'registration', 'join', 'refer', 'ref', 'none', 'null', 'undefined', 'true', 'false', 'test', 'demo', 'example',
  'latest', 'policy', 'apply', 'claim', 'rebate', 'rebates', 'invitee', 'invitees', 'stats', 'statistics', 'earnings',
  'tasks', 'task', 'share', 'landing-page', 'mine', 'team', 'community', 'waitlist', 'beta', 'vip', 'level', 'levels',
  'accept', 'members', 'member', 'people', 'contacts', 'teams', 'workspace', 'create', 'send', 'pending', 'received',
  'sent', 'pricing', 'features', 'download', 'downloads', 'hp', 'cta', 'ad', 'ads', 'promo', 'welcome',
]);

/** The whole value is a plain word or a locale ("twitter", "main", "en-us"). */
export function isPlainWord(value: string): boolean {
  return PLAIN_WORDS.has(value.toLowerCase()) || normaliseLocale(value) !== null;
}

/** A value that reads as a word, a domain or a source label rather than a code. */
export function isPlainValue(value: string): boolean {
  const lower = value.toLowerCase();
  if (isPlainWord(value)) return true;
  // Versions and tags ("v1.2.0", "2.4") name a release of something, not an affiliate.
  if (/^v?[0-9]+(?:\.[0-9]+)+$/i.test(value)) return true;
  // "producthunt.com" is attribution by domain.
  if (/^[a-z0-9-]+\.[a-z]{2,}$/.test(lower)) return true;
  // "github_readme", "twitter-2024": lower-case labels made of a plain word; "SHIB_BONUS" is a code.
  if (value === lower) for (const part of lower.split(/[-_.]/)) if (part && PLAIN_WORDS.has(part)) return true;
  return false;
}

