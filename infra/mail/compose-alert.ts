// An alert as an e-mail: plain text and HTML. Post text, handles and URLs are attacker-controlled:
// every one is HTML-escaped, links are shown as text and only http(s) ones become anchors, and the
// HTML loads nothing remote (no images, no stylesheets).
import { createHash } from 'node:crypto';
import type { Alert } from '../../pipelines/contracts/alert.ts';

export interface AlertMail {
  subject: string;
  text: string;
  html: string;
  messageId: string;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Control characters would let a post rewrite headers or the terminal showing the text part. */
function plain(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ');
}

/** Stable across redeliveries and restarts: derived from the deduplication key only. */
export function messageIdFor(alert: Alert): string {
  const key = alert.dedupKey ?? alert.id;
  return `<${createHash('sha256').update(key).digest('hex').slice(0, 40)}@rsmon.alerts>`;
}

function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

function sections(a: Alert): { text: string[]; html: string[] } {
  const text: string[] = [plain(a.summary)];
  const html: string[] = [`<p><strong>${escapeHtml(a.summary)}</strong></p>`];
  if (a.terms?.length) {
    text.push(`Watchlist ${plain(a.watchlistId ?? '')} matched: ${a.terms.map(plain).join(', ')}`);
    html.push(`<p>Watchlist <code>${escapeHtml(a.watchlistId ?? '')}</code> matched: ${a.terms.map((t) => `<mark>${escapeHtml(t)}</mark>`).join(', ')}</p>`);
  }
  if (a.indicators?.length) {
    text.push('Indicators:');
    html.push('<h3>Indicators</h3>');
    for (const i of a.indicators) {
      const para = `${i.label} (${i.guideline}): ${i.details.join('; ')}`;
      text.push(`  - ${plain(para)}`);
      html.push(`<p><strong>${escapeHtml(i.label)}</strong> (${escapeHtml(i.guideline)}): ${escapeHtml(i.details.join('; '))}</p>`);
    }
  }
  if (a.evidence?.length) {
    text.push('Evidence:');
    html.push('<h3>Evidence</h3><ul>');
    for (const e of a.evidence) {
      const href = safeHref(e.url);
      text.push(`  - ${plain(e.itemId)} ${plain(e.url ?? '(no link)')} captured ${plain(e.capturedAt || 'unknown')}${e.text ? `\n    "${plain(e.text)}"` : ''}`);
      const link = href ? `<a href="${escapeHtml(href)}">${escapeHtml(e.url ?? '')}</a>` : escapeHtml(e.url ?? '(no link)');
      html.push(`<li><code>${escapeHtml(e.itemId)}</code> ${link}, captured ${escapeHtml(e.capturedAt || 'unknown')}${e.text ? `<blockquote>${escapeHtml(e.text)}</blockquote>` : ''}</li>`);
    }
    html.push('</ul>');
  }
  return { text, html };
}

export function composeAlert(a: Alert): AlertMail {
  const parts = a.kind === 'digest' ? (a.parts ?? []) as Alert[] : [a];
  const text: string[] = [];
  const html: string[] = [];
  if (a.kind === 'digest') {
    text.push(plain(a.summary), '');
    html.push(`<h2>${escapeHtml(a.summary)}</h2>`);
  }
  for (const p of parts) {
    const s = sections(p);
    text.push(...s.text, '');
    html.push(...s.html, '<hr>');
  }
  const subject = plain(`[rsmon] ${a.rule ?? a.kind}: ${a.summary}`).slice(0, 200);
  return {
    subject,
    text: text.join('\n'),
    html: `<!doctype html><html><head><meta charset="utf-8"></head><body>${html.join('\n')}</body></html>`,
    messageId: messageIdFor(a),
  };
}
