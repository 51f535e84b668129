/**
 * The article's published date, from the page's own metadata, most trusted source first.
 *
 * Every source can lie (a CMS default in the future, "yesterday-ish", a broken JSON-LD block), so a
 * value is only used after it parses as a real calendar date and is not in the future; anything
 * rejected leaves a warning and the next source is tried.
 *
 * The stored value is always the calendar date `YYYY-MM-DD` *as written on the page* (in the page's
 * own time-zone offset): "2013-10-10T01:30:00+03:00" is the 10th where it was published, even
 * though it is the 9th in UTC. That date is what "on Wednesday" in the text is relative to.
 */
import type { ArticleMetadata } from '../schema';
import { MONTH_NAMES } from '../extraction/text/calendar-words';
import { articleNodesFirst, readJsonLd, type JsonLdReading } from './json-ld';

export interface PublishedDate {
  /** `YYYY-MM-DD`, or null when no source gave a trustworthy date. */
  publishedAt: ArticleMetadata['publishedAt'];
  source: ArticleMetadata['publishedAtSource'];
  warnings: string[];
}

export interface FindPublishedDateOptions {
  /** The reference "now" for the future check; injected so tests are deterministic. */
  now: Date;
  /** Already-read JSON-LD of `doc`, to avoid parsing it twice. */
  jsonLd?: JsonLdReading;
}

/** A date an hour or so ahead is clock skew or a time zone; one more than a day ahead is a lie. */
const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

type Candidate = { value: string; source: NonNullable<PublishedDate['source']> };

export function findPublishedDate(doc: Document, options: FindPublishedDateOptions): PublishedDate {
  const warnings: string[] = [];
  // Sources are read lazily, so a problem in a less trusted one is not reported when a better one
  // already answered.
  const sources: (() => Candidate[])[] = [
    () => metaPublishedTimes(doc),
    () => {
      const jsonLd = options.jsonLd ?? readJsonLd(doc);
      warnings.push(...jsonLd.warnings);
      return jsonLdDatesPublished(jsonLd);
    },
    () => firstTimeElement(doc),
  ];

  for (const readSource of sources) {
    for (const candidate of readSource()) {
      const verdict = judgeDate(candidate.value, options.now);
      if (verdict.ok) return { publishedAt: verdict.date, source: candidate.source, warnings };
      warnings.push(`${verdict.warning} (${candidate.source})`);
    }
  }
  return { publishedAt: null, source: null, warnings };
}

type Verdict = { ok: true; date: string } | { ok: false; warning: string };

/** Whether one raw value is a usable published date, and if not, the note saying why. */
export function judgeDate(raw: string, now: Date): Verdict {
  const parsed = parseDateAsWritten(raw);
  if (!parsed) return { ok: false, warning: `published date "${shorten(raw)}" could not be read; ignored` };
  if (parsed.instantMs > now.getTime() + FUTURE_TOLERANCE_MS) {
    return { ok: false, warning: `published date ${parsed.date} is in the future; ignored` };
  }
  // 1970-01-01 is a zero timestamp printed as a date, never a real publication day on the web.
  if (parsed.date === '1970-01-01' || parsed.date < '1900-01-01') {
    return { ok: false, warning: `published date ${parsed.date} is not plausible; ignored` };
  }
  return { ok: true, date: parsed.date };
}

export interface DateAsWritten {
  /** The calendar date as written, `YYYY-MM-DD`. */
  date: string;
  /** The moment it denotes (UTC midnight for a bare date; UTC when no offset is written). */
  instantMs: number;
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

// "Thu, 10 Oct 2013 09:30:00 GMT" (RFC 2822) and "10 October 2013".
const DAY_MONTH_YEAR = /^(?:[a-z]{3,9}\.?,?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})(?:[\sT,]+(.*))?$/i;
// "October 10, 2013" and "Oct. 10th, 2013 9:30 AM".
const MONTH_DAY_YEAR =
  /^(?:[a-z]{3,9}\.?,?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:[\sT,]+(.*))?$/i;
// What may follow a textual date: a clock time, am/pm, a zone name or offset.
const TIME_TAIL =
  /^(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{1,5}|[+-]\d{2}:?\d{2})?$/i;

/**
 * Parse an ISO 8601 date or date-time, or a plain English textual date, into the calendar date as
 * written. `Date.parse` is deliberately not used: it accepts nonsense such as "Section 1".
 */
export function parseDateAsWritten(raw: string): DateAsWritten | null {
  const value = raw.trim();
  const iso = ISO_DATE_TIME.exec(value);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    const date = calendarDate(Number(y), Number(mo), Number(d));
    if (!date) return null;
    if (h === undefined) return { date: date.text, instantMs: date.utcMs };
    const hours = Number(h);
    const minutes = Number(mi);
    const seconds = s === undefined ? 0 : Number(s);
    if (hours > 24 || minutes > 59 || seconds > 60) return null;
    const clockMs = ((hours * 60 + minutes) * 60 + seconds) * 1000;
    return { date: date.text, instantMs: date.utcMs + clockMs - offsetMs(zone) };
  }
  const dmy = DAY_MONTH_YEAR.exec(value);
  const mdy = dmy ? null : MONTH_DAY_YEAR.exec(value);
  const parts = dmy
    ? { day: dmy[1], month: dmy[2], year: dmy[3], tail: dmy[4] }
    : mdy
      ? { day: mdy[2], month: mdy[1], year: mdy[3], tail: mdy[4] }
      : null;
  if (!parts) return null;
  const month = monthNumber(parts.month ?? '');
  if (month === null) return null;
  if (parts.tail !== undefined && parts.tail.trim() && !TIME_TAIL.test(parts.tail.trim())) return null;
  const date = calendarDate(Number(parts.year), month, Number(parts.day));
  // The clock time of a textual date only matters for the future check; midnight is close enough.
  return date ? { date: date.text, instantMs: date.utcMs } : null;
}

/** 1–12 for a full or abbreviated (at least three letters) English month name. */
function monthNumber(word: string): number | null {
  const lower = word.toLowerCase();
  if (lower.length < 3) return null;
  const index = MONTH_NAMES.findIndex((name) => name.startsWith(lower));
  return index === -1 ? null : index + 1;
}

/** The date if year/month/day name a real day ("2013-02-30" does not). */
function calendarDate(year: number, month: number, day: number): { text: string; utcMs: number } | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const utcMs = Date.UTC(year, month - 1, day);
  const check = new Date(utcMs);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return { text: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`, utcMs };
}

/** "+03:00" → 3 h in ms; "Z" or no zone → 0 (a time without a zone is taken as UTC). */
function offsetMs(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  return sign * (hours * 60 + minutes) * 60 * 1000;
}

function metaPublishedTimes(doc: Document): Candidate[] {
  // Open Graph says `property`, but enough sites write `name` that both are accepted.
  return Array.from(
    doc.querySelectorAll('meta[property="article:published_time"], meta[name="article:published_time"]'),
  )
    .map((meta) => meta.getAttribute('content') ?? '')
    .filter((value) => value.trim() !== '')
    .slice(0, 1)
    .map((value) => ({ value, source: 'article:published_time' as const }));
}

function jsonLdDatesPublished(jsonLd: JsonLdReading): Candidate[] {
  const candidates: Candidate[] = [];
  for (const node of articleNodesFirst(jsonLd.nodes)) {
    const value = node['datePublished'];
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) {
      if (typeof item === 'string' && item.trim()) candidates.push({ value: item, source: 'json-ld' });
    }
  }
  return candidates;
}

/** Elements whose dates belong to something other than the article (comments, related links). */
const NOT_THE_ARTICLE = 'aside, nav, footer, [class*="comment" i], [id*="comment" i], [class*="related" i]';

function firstTimeElement(doc: Document): Candidate[] {
  const scope = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  if (!scope) return [];
  for (const time of Array.from(scope.querySelectorAll('time[datetime]'))) {
    const outside = time.parentElement?.closest(NOT_THE_ARTICLE);
    if (outside && outside !== scope && scope.contains(outside)) continue;
    const value = time.getAttribute('datetime') ?? '';
    return value.trim() ? [{ value, source: 'time-element' }] : [];
  }
  return [];
}

function shorten(text: string): string {
  const single = text.replace(/\s+/g, ' ').trim();
  return single.length > 40 ? `${single.slice(0, 39)}…` : single;
}
