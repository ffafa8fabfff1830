// Secrets travel inside URLs more often than anywhere else: `https://user:pass@es:9200` in ES_URL,
// `smtp://user:pass@host` in SMTP_URL, `?key=` (YouTube) and `?access_token=` (Meta Graph) in API
// calls and their next-page links. Anything that logs or prints a URL, or an error message that may
// quote one, goes through these functions first.

const MASK = '***';

/** Query parameters whose value is a credential on the platforms and engines we talk to. */
const SECRET_PARAMS: ReadonlySet<string> = new Set([
  'access_token',
  'api_key',
  'apikey',
  'key',
  'token',
  'auth',
  'password',
  'passwd',
  'pwd',
  'secret',
  'client_secret',
  'signature',
  'sig',
  'x-amz-signature',
  'x-amz-credential',
  'x-amz-security-token',
]);

function redactQueryValue(name: string, value: string): string {
  return SECRET_PARAMS.has(name.toLowerCase()) && value !== '' ? MASK : value;
}

/**
 * The URL without credentials: userinfo becomes `***@` (so a reader sees that some were given) and
 * credential-bearing query values become `***`. A string that is not an absolute URL is returned
 * through {@link redactSecretsInText}, so a half-formed value is still cleaned.
 */
export function redactUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return redactSecretsInText(input);
  }
  let changed = false;
  if (url.username || url.password) {
    url.username = MASK;
    url.password = '';
    changed = true;
  }
  if (url.search) {
    // Rebuilt by hand rather than through URLSearchParams, which would re-encode every other value
    // and make the printed URL differ from the configured one in more than the secret.
    const parts = url.search.slice(1).split('&').map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 0) return pair;
      const name = safeDecode(pair.slice(0, eq));
      const value = redactQueryValue(name, pair.slice(eq + 1));
      if (value !== pair.slice(eq + 1)) changed = true;
      return `${pair.slice(0, eq)}=${value}`;
    });
    url.search = `?${parts.join('&')}`;
  }
  // A URL with nothing to mask is returned as written (URL.href would add a trailing slash, say).
  return changed ? url.href : input;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

// scheme://userinfo@ : the userinfo may hold any character but '/', '@', whitespace and quotes.
// Bounded quantifiers keep it linear on hostile text.
const USERINFO = /\b([a-z][a-z0-9+.-]{0,31}:\/\/)[^\s/@"'<>]{1,512}@/gi;
// name=value in a query string or a form body: ?key=..., &access_token=...
const SECRET_PARAM = /([?&;](?:access_token|api_?key|key|token|auth|password|passwd|pwd|secret|client_secret|signature|sig|x-amz-signature|x-amz-credential|x-amz-security-token)=)[^&#\s"'<>]{1,4096}/gi;
// Authorization header values quoted in an error ("Bearer abc...", "Basic dXNlcjpwYXNz").
const AUTH_HEADER = /\b(Bearer|Basic|ApiKey)\s+[A-Za-z0-9._~+/=-]{8,4096}/g;

/** Free text (an error message, a stack, a log line) with every URL credential masked. */
export function redactSecretsInText(text: string): string {
  if (!text) return text;
  return text
    .replace(USERINFO, `$1${MASK}@`)
    .replace(SECRET_PARAM, `$1${MASK}`)
    .replace(AUTH_HEADER, `$1 ${MASK}`);
}

/**
 * Splits `scheme://user:pass@host/...` into the URL without userinfo and the credentials, so a client
 * can send them as an Authorization header (fetch refuses URLs with credentials) and nothing that
 * later prints the URL can leak them.
 */
export function splitUrlCredentials(input: string): { url: string; username?: string; password?: string } {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return { url: input };
  }
  if (!url.username && !url.password) return { url: input };
  const username = safeDecode(url.username);
  const password = safeDecode(url.password);
  url.username = '';
  url.password = '';
  return { url: url.href, username, password };
}
