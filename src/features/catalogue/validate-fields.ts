/**
 * Pure checkers for single values in the catalogue (no fs, no DOM).
 * Each `is…` function answers yes/no; each `…Problem` function returns a plain-words
 * reason when the value is wrong, or undefined when it is fine.
 */
import { parseByday, parseMonthDays } from './recurrence';
import { normalisePostcode } from '../../lib/postcode';

/** A real calendar date written YYYY-MM-DD ("2025-02-30" is not). */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** "YYYY", "YYYY-MM" or a real YYYY-MM-DD date: how precisely a source page is dated. */
export function isSourceDate(s: string): boolean {
  if (/^\d{4}$/.test(s)) return true;
  const m = /^\d{4}-(\d{2})$/.exec(s);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= 12;
  return isIsoDate(s);
}

/** HH:MM on the 24-hour clock, 00:00–23:59; "24:00" too when allow24 (for closing times). */
export function isClockTime(s: string, opts: { allow24?: boolean } = {}): boolean {
  if (/^(?:[01]\d|2[0-3]):[0-5]\d$/.test(s)) return true;
  return opts.allow24 === true && s === '24:00';
}

/** Complete UK numbers (digits only, no spaces). */
function isFullUkNumber(d: string): boolean {
  if (d === '08001111') return true; // Childline: the one 8-digit freephone number
  if (/^0[12]\d{8,9}$/.test(d)) return true; // geographic: 10 or 11 digits
  if (/^0(?:800|808|500)\d{6}$/.test(d)) return true; // older 10-digit freephone
  return /^0[3578]\d{9}$/.test(d); // non-geographic, mobile, freephone: 11 digits
}

/** Emergency and harmonised short numbers: 111, 999, 112, 116xxx. */
function isShortNumber(d: string): boolean {
  return d === '111' || d === '999' || d === '112' || /^116\d{3}$/.test(d);
}

/**
 * A UK phone number as a source prints it: digits and spaces only.
 * Accepts full numbers (01/02: 10–11 digits; 03/05/07/08: 11 digits; 0800/0808/0500 also 10),
 * 111, 999, 112, 116xxx, Relay UK textphone numbers ("18001 " + a number or 111/999),
 * and, only when textOnly, 5-digit text short codes such as "85258".
 */
export function isUkPhoneNumber(s: string, opts: { textOnly?: boolean } = {}): boolean {
  if (!/^[0-9 ]+$/.test(s)) return false;
  const d = s.replace(/ /g, '');
  if (d.startsWith('18001')) {
    const rest = d.slice(5);
    return rest === '111' || rest === '999' || isFullUkNumber(rest);
  }
  if (isShortNumber(d) || isFullUkNumber(d)) return true;
  return opts.textOnly === true && /^[6-8]\d{4}$/.test(d);
}

const POSTCODE = /^(?:GIR 0AA|[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRVWXY]) \d[ABD-HJLNP-UW-Z]{2})$/;

/** A well-formed UK postcode in any case or spacing ("AL10 9AB", "al109ab"). */
export function isWellFormedPostcode(s: string): boolean {
  return POSTCODE.test(normalisePostcode(s));
}

/** Why a stored postcode is wrong: malformed, or not in the stored form "AL10 9AB". */
export function postcodeProblem(s: string): string | undefined {
  if (!isWellFormedPostcode(s)) return `"${s}" is not a UK postcode`;
  const expected = normalisePostcode(s);
  if (s !== expected) return `"${s}" must be stored as "${expected}" (upper case, one space)`;
  return undefined;
}

/**
 * A plain address, local@domain.tld, and nothing a mailto: link would read as more:
 * no "?" or "&" (a feed's "info@x?bcc=spy@y" would copy in a stranger), no "%" escapes
 * ("info%40x"), no "/", "#", "=", spaces or quotes. Letters, digits and . _ ' + - before the @.
 */
export function isEmail(s: string): boolean {
  return /^[A-Za-z0-9_'+-]+(?:\.[A-Za-z0-9_'+-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/.test(
    s,
  );
}

/** Why an email is not a plain address, or undefined. */
export function emailProblem(s: string): string | undefined {
  if (isEmail(s)) return undefined;
  const extra = /[?&%=#/\s]/.exec(s);
  return extra
    ? `"${s}" is not a plain email address: "${extra[0] === ' ' ? 'a space' : extra[0]}" could add hidden recipients or text to the message`
    : `"${s}" is not an email address`;
}

function parseUrl(s: string): URL | undefined {
  if (/\s/.test(s)) return undefined;
  try {
    return new URL(s);
  } catch {
    return undefined;
  }
}

/** An absolute http:// or https:// URL with a dotted host name (a source we read may be http:). */
export function isHttpUrl(s: string): boolean {
  const url = parseUrl(s);
  return url !== undefined && (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
}

/**
 * Why a website a family taps is not safe to link to, or undefined: it must be https: (an http:
 * page can be changed on the way, for example on public wifi) with a dotted host name and no
 * user name or password in it ("https://council.gov.uk@evil.example" goes to evil.example).
 */
export function websiteProblem(s: string): string | undefined {
  const url = parseUrl(s);
  if (!url || !isHttpUrl(s)) return `"${s}" is not an absolute https URL`;
  if (url.protocol !== 'https:') return `"${s}" is not https: use the https:// address`;
  if (url.username !== '' || url.password !== '') return `"${s}" has a user name or password before the host`;
  return undefined;
}

/** Ids go into links (/services/<id>), so only characters that never need escaping there. */
export const SAFE_ID = /^[A-Za-z0-9._:-]+$/;

/** Why an id is unsafe to use in a link, or undefined. */
export function idProblem(s: string): string | undefined {
  if (!SAFE_ID.test(s)) return `"${s}" has characters an id cannot have (only letters, digits and . _ : -)`;
  // "." and ".." are path steps: /services/.. would be another page.
  if (/^\.+$/.test(s)) return `"${s}" cannot be an id (only dots)`;
  return undefined;
}

/** Why a byday list ("MO,TU,WE", or "1MO,-1FR" for a monthly session) is wrong, or undefined. */
export function bydayProblem(s: string): string | undefined {
  const parsed = parseByday(s);
  return typeof parsed === 'string' ? parsed : undefined;
}

/** Why a bymonthday list ("1,15,-1") is wrong, or undefined. */
export function monthDaysProblem(s: string): string | undefined {
  const parsed = parseMonthDays(s);
  return typeof parsed === 'string' ? parsed : undefined;
}

/** Today's date (local time) as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
