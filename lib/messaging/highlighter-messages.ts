import type { TextQuoteSelector } from '../schema/selector';
import { KINDS_PATTERN, spansProblem } from './paint-format';
import type { RequestReader } from './listen';
import type { TabMessages, TabRequest } from './tab-messages';

/**
 * The requests the highlighter content script answers, checked without the schema library. The
 * highlighter is injected while the background extracts, on the way to the first highlight, and
 * zod's schemas made it five times bigger and ten times slower to start (about 50 ms of the
 * page's time on a slow machine). Each check accepts exactly what the request's schema in
 * TabMessages accepts and returns what it would (unknown keys dropped): the schema stays the
 * source of the types, and tests hold the two together.
 */
export const HIGHLIGHTER_MESSAGES = ['paint-mentions', 'describe-mentions', 'flash-quote'] as const;
export type HighlighterMessage = (typeof HIGHLIGHTER_MESSAGES)[number];

export type HighlighterProtocol = Pick<TabMessages, HighlighterMessage>;

/** Why a value is not what a request needs. */
class InvalidRequest extends Error {
  override name = 'InvalidRequest';
}

/**
 * A message for the highlighter, checked; null when the message is for another listener.
 * Throws InvalidRequest when it is for the highlighter but malformed.
 */
export const readHighlighterRequest: RequestReader<HighlighterProtocol> = (raw) => {
  if (!isRecord(raw) || typeof raw.type !== 'string') return null;
  const { payload } = raw;
  switch (raw.type) {
    case 'paint-mentions':
      return { type: raw.type, payload: paintRequest(payload) };
    case 'describe-mentions':
      return { type: raw.type, payload: describeRequest(payload) };
    case 'flash-quote':
      return { type: raw.type, payload: flashRequest(payload) };
    default:
      return null;
  }
};

function paintRequest(value: unknown): TabRequest<'paint-mentions'> {
  const request = record(value, 'the request');
  const mentions = record(request.mentions, 'mentions');
  const textKey = string(mentions.textKey, 'mentions.textKey');
  const textLength = offset(mentions.textLength, 'mentions.textLength');
  const text = mentions.text === undefined ? undefined : string(mentions.text, 'mentions.text');
  const spans = array(mentions.spans, 'mentions.spans').map((n, i) => number(n, `mentions.spans[${i}]`));
  const kinds = string(mentions.kinds, 'mentions.kinds');
  if (!KINDS_PATTERN.test(kinds)) throw new InvalidRequest('mentions.kinds has a letter that is no kind');
  const own =
    mentions.own === undefined
      ? undefined
      : array(mentions.own, 'mentions.own').map((n, i) => number(n, `mentions.own[${i}]`));
  const problem = spansProblem({ textLength, text, spans, kinds, own });
  if (problem) throw new InvalidRequest(problem);
  const confirmed = array(request.confirmed, 'confirmed').map((item, i) => {
    const anchor = record(item, `confirmed[${i}]`);
    return {
      id: string(anchor.id, `confirmed[${i}].id`),
      selector: quoteSelector(anchor.selector, `confirmed[${i}].selector`),
      hint: offset(anchor.hint, `confirmed[${i}].hint`),
    };
  });
  return {
    paintId: string(request.paintId, 'paintId'),
    mentions: {
      textKey,
      textLength,
      ...(text === undefined ? {} : { text }),
      spans,
      kinds,
      ...(own === undefined ? {} : { own }),
    },
    confirmed,
  };
}

function describeRequest(value: unknown): TabRequest<'describe-mentions'> {
  const request = record(value, 'the request');
  return {
    paintId: string(request.paintId, 'paintId'),
    cards: array(request.cards, 'cards').map((card, i) => string(card, `cards[${i}]`)),
  };
}

function flashRequest(value: unknown): TabRequest<'flash-quote'> {
  const request = record(value, 'the request');
  return { selector: quoteSelector(request.selector, 'selector'), hint: offset(request.hint, 'hint') };
}

function quoteSelector(value: unknown, what: string): TextQuoteSelector {
  const selector = record(value, what);
  if (selector.type !== 'TextQuoteSelector') throw new InvalidRequest(`${what} is not a TextQuoteSelector`);
  const exact = string(selector.exact, `${what}.exact`);
  if (exact.length === 0) throw new InvalidRequest(`${what}.exact is empty`);
  return {
    type: 'TextQuoteSelector',
    exact,
    prefix: string(selector.prefix, `${what}.prefix`),
    suffix: string(selector.suffix, `${what}.suffix`),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (!isRecord(value)) throw new InvalidRequest(`${what} is not an object`);
  return value;
}

function array(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new InvalidRequest(`${what} is not a list`);
  return value;
}

function string(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new InvalidRequest(`${what} is not text`);
  return value;
}

/** A finite number, as z.number() takes it. */
function number(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new InvalidRequest(`${what} is not a number`);
  return value;
}

/** A whole number from 0, as z.number().int().nonnegative() takes it. */
function offset(value: unknown, what: string): number {
  const n = number(value, what);
  if (!Number.isSafeInteger(n) || n < 0) throw new InvalidRequest(`${what} is not a whole number from 0`);
  return n;
}
