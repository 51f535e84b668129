import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HIGHLIGHTER_MESSAGES,
  readHighlighterRequest,
  type HighlighterMessage,
} from '@/lib/messaging/highlighter-messages';
import { TabMessages } from '@/lib/messaging/tab-messages';
import { paintMentionsOf } from '@/lib/highlights/paint-request';
import type { Mention } from '@/lib/schema';
import { KUPIANSK_MENTIONS } from '../support/kupiansk-mentions';

/** What the zod schema makes of a payload: its output, or that it refuses it. */
function bySchema(type: HighlighterMessage, payload: unknown) {
  const parsed = TabMessages[type].request.safeParse(payload);
  return parsed.success ? { ok: true, value: parsed.data as unknown } : { ok: false };
}

/** What the highlighter's own check makes of it. */
function byCheck(type: HighlighterMessage, payload: unknown) {
  try {
    const request = readHighlighterRequest({ type, payload });
    return { ok: true, value: request?.payload as unknown };
  } catch {
    return { ok: false };
  }
}

const text = 'Drones struck Kupiansk on Tuesday, killing two.';
const mentions: Mention[] = KUPIANSK_MENTIONS;
const selector = { type: 'TextQuoteSelector', exact: 'Drones struck', prefix: '', suffix: ' Kupiansk' };
const painting = paintMentionsOf(text, mentions);
const valid: Record<HighlighterMessage, unknown> = {
  'paint-mentions': { paintId: 'p-1', mentions: painting, confirmed: [{ id: 'e-1', selector, hint: 0 }] },
  'describe-mentions': { paintId: 'p-1', cards: ['Kupiansk\nUkraine', 'Tuesday'] },
  'flash-quote': { selector, hint: 3 },
};
/** Every valid request: the paint request also as sent again with its text, to a page without it. */
const examples: [HighlighterMessage, unknown][] = [
  ...HIGHLIGHTER_MESSAGES.map((type): [HighlighterMessage, unknown] => [type, valid[type]]),
  ['paint-mentions', { ...(valid['paint-mentions'] as object), mentions: { ...painting, text } }],
  // With mentions only the user's corrections found, which the page draws privately.
  ['paint-mentions', { ...(valid['paint-mentions'] as object), mentions: { ...painting, own: [0, 1] } }],
];

/** Values to put in a field instead of a good one: other types, edge numbers, near misses. */
const replacement = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    '',
    'x',
    'TextQuoteSelector',
    'pand',
    'q',
    -1,
    0,
    1.5,
    2 ** 53,
    NaN,
    Infinity,
    [],
    [1, 2],
    [0, 8],
    [8, 0],
    [0, 1000],
    {},
    { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
  ),
  // Offsets around the example's spans and text: empty, reversed and overlong spans.
  fc.integer({ min: -2, max: text.length + 2 }),
  fc.anything({ maxDepth: 2 }),
);

/** Every path to a value inside `value` (object keys and array indexes). */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [
    prefix,
    ...keys.flatMap((key) => pathsOf((value as Record<string, unknown>)[key], [...prefix, key])),
  ];
}

function withReplaced(value: unknown, path: (string | number)[], next: unknown): unknown {
  if (path.length === 0) return next;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head] = withReplaced(copy[head], rest, next);
  return copy;
}

/** Paint requests with `mentions` changed: the check must agree with the schema on each; what it accepts. */
function acceptedPaints(mentions: Record<string, unknown>[]): boolean[] {
  return mentions.map((changes) => {
    const payload = { ...(valid['paint-mentions'] as object), mentions: { ...painting, ...changes } };
    expect(byCheck('paint-mentions', payload)).toEqual(bySchema('paint-mentions', payload));
    return byCheck('paint-mentions', payload).ok;
  });
}

describe('the highlighter’s checks of its requests', () => {
  it('accepts the requests the background sends, as their schemas give them', () => {
    for (const [type, payload] of examples) {
      expect(byCheck(type, payload)).toEqual(bySchema(type, payload));
      expect(bySchema(type, payload).ok).toBe(true);
    }
  });

  it('agrees with the schemas on every field replaced by something else (property)', () => {
    for (const [type, example] of examples) {
      const paths = pathsOf(example);
      fc.assert(
        fc.property(fc.constantFrom(...paths), replacement, (path, next) => {
          const payload = withReplaced(example, path, next);
          expect(byCheck(type, payload)).toEqual(bySchema(type, payload));
        }),
        { numRuns: 400 },
      );
    }
  });

  it('agrees with the schema on the edges of a span', () => {
    const end = text.length;
    const cases = [
      [0, end],
      [0, end + 1],
      [5, 5],
      [6, 5],
      [-1, 3],
      [0.5, 3],
      [0, 2 ** 53],
      [3, NaN],
    ];
    expect(acceptedPaints(cases.map((spans) => ({ spans, kinds: 'p' })))).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('agrees with the schema on which mentions can be the user’s own', () => {
    const cases = [[], [0], [1], [0, 1], [1, 0], [0, 0], [2], [-1], [0.5]];
    expect(acceptedPaints(cases.map((own) => ({ own })))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('drops unknown fields, as the schemas do', () => {
    const payload = { ...(valid['flash-quote'] as object), extra: 1 };
    expect(byCheck('flash-quote', payload)).toEqual({ ok: true, value: valid['flash-quote'] });
  });

  it('leaves other messages to other listeners and says what is wrong with a bad one', () => {
    expect(readHighlighterRequest({ type: 'capture-page', payload: {} })).toBeNull();
    expect(readHighlighterRequest('paint-mentions')).toBeNull();
    expect(() => readHighlighterRequest({ type: 'flash-quote', payload: { selector, hint: -2 } })).toThrow(
      /hint is not a whole number/,
    );
    const misaligned = {
      ...(valid['paint-mentions'] as object),
      mentions: { ...painting, spans: [0, 4], kinds: 'pa' },
    };
    expect(() => readHighlighterRequest({ type: 'paint-mentions', payload: misaligned })).toThrow(
      /same mentions/,
    );
  });
});
