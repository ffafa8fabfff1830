// Where alert mails go: an SMTP server (SMTP_URL, via nodemailer) or, with no SMTP_URL, .eml files
// under <DATA_DIR>/alerts built by nodemailer's stream transport. The SMTP URL may carry a password:
// it is never logged (redactUrl) and never part of an error message.
import { mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { AlertMail } from './compose-alert.ts';
import { redactUrl } from '../log/redact-url.ts';

export interface MailTransport {
  /** Where mail goes, safe to print. */
  readonly target: string;
  send(mail: AlertMail, envelope: { from: string; to: string[] }): Promise<void>;
  close(): void;
}

export class MailSendError extends Error {
  readonly retriable = true;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export function emlDir(dataDir: string): string {
  return join(dataDir, 'alerts');
}

/** The file name is the Message-ID's hash: writing the same alert twice leaves one file. */
export function emlFileName(messageId: string): string {
  return `${messageId.replace(/[<>]/g, '').split('@')[0]}.eml`;
}

export function createMailTransport(opts: { smtpUrl?: string; dataDir: string }): MailTransport {
  if (opts.smtpUrl) {
    const target = redactUrl(opts.smtpUrl);
    const t = nodemailer.createTransport(opts.smtpUrl);
    return {
      target,
      async send(mail, env) {
        try {
          await t.sendMail({ from: env.from, to: env.to, subject: mail.subject, text: mail.text, html: mail.html, messageId: mail.messageId });
        } catch (err) {
          const code = (err as { code?: string; responseCode?: number }).responseCode ?? (err as { code?: string }).code;
          throw new MailSendError(`SMTP send to ${target} failed (${String(code ?? 'no code')})`, { cause: err });
        }
      },
      close: () => t.close(),
    };
  }
  const dir = emlDir(opts.dataDir);
  const t = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    target: dir,
    async send(mail, env) {
      const info = await t.sendMail({ from: env.from, to: env.to, subject: mail.subject, text: mail.text, html: mail.html, messageId: mail.messageId });
      mkdirSync(dir, { recursive: true });
      const file = join(dir, emlFileName(mail.messageId));
      // Write then rename: a crash never leaves half an .eml that looks sent.
      writeFileSync(`${file}.tmp`, info.message as Buffer);
      renameSync(`${file}.tmp`, file);
    },
    close: () => t.close(),
  };
}
