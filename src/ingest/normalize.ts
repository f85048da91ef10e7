import { createHash } from 'node:crypto';
import { InputError } from '../core/errors.js';

export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/**
 * Safe text normalisation: the returned string is the `document.text` every offset indexes into.
 * NFC; CRLF/CR → LF; no-break and other fixed spaces → space; zero-width and control characters
 * removed (tab kept); trailing spaces on each line dropped; runs of 3+ newlines → 2; trimmed.
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F\u2000-\u200A\u3000\u205F]/g, ' ')
    .replace(/[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/(?<![ \t])[ \t]+$/gm, '') // a run of blanks is tried from its first blank only: linear on long runs
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Decodes bytes as UTF-8, refusing binary: any NUL byte, or more than 5% of characters invalid.
 * `name` is used in the error message.
 */
export function decodeUtf8(bytes: Uint8Array, name: string): string {
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new InputError('E006', `${name} is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is 50 MB`);
  }
  if (bytes.indexOf(0) !== -1) throw new InputError('E003', `${name} contains NUL bytes; expected UTF-8 text`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  let bad = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) bad++;
  if (bad > 0 && bad > text.length * 0.05) {
    throw new InputError('E003', `${name} is not valid UTF-8 text (${bad} undecodable bytes)`);
  }
  return text;
}

/** Validates a --published value: YYYY-MM-DD or a full ISO date-time that is a real calendar date. */
export function checkPublished(value: string, where = '--published'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (!m) throw new InputError('E004', `${where} "${value}" is not a date of the form YYYY-MM-DD`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) {
    throw new InputError('E004', `${where} "${value}" is not a real calendar date`);
  }
  return value.trim().replace(' ', 'T');
}
