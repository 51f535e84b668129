/**
 * The kinds of mention, and everything that differs between them outside the extractor: one row
 * per kind, in the order the legend and the side panel list them. Adding a kind means adding its
 * row here and its schema in mention.ts.
 *
 * No schema library here (MentionKindSchema is in mention-kind-schema.ts): the highlighter content
 * script reads this table, and it stays free of zod so that it starts fast (see
 * lib/messaging/highlighter-messages.ts).
 */

/** What one kind of mention looks like and how it behaves. */
export interface MentionKindRow {
  /** Its letter in a paint request's compact form (see lib/messaging/paint-format.ts). */
  readonly letter: string;
  /** One of them, with its article: "Not a place". */
  readonly one: string;
  /** Several of them: "3 places"; the legend capitalises it. */
  readonly many: string;
  /** Background of its highlights: translucent, so it reads on light and dark pages. */
  readonly fill: string;
  /** Its swatch in the legend: the same colour, more opaque. */
  readonly swatch: string;
  /** Underline style: a different one per kind, so that colour is not the only cue. */
  readonly underline: 'solid' | 'dashed' | 'double' | 'dotted';
  /** Colour of the underline. */
  readonly line: string;
  /** When two overlapping mentions are as long as each other, the lower rank wins. */
  readonly rank: number;
  /** Whether the user can say that words are not of this kind ("Not a place"). */
  readonly correctable: boolean;
}

/**
 * Okabe–Ito colours (distinguishable with the common colour-blindnesses). On a tie in length,
 * actors ("Syrian army") beat places, places dates, dates numbers.
 */
export const MENTION_KINDS = {
  place: {
    letter: 'p',
    one: 'a place',
    many: 'places',
    fill: 'rgb(86 180 233 / 0.35)',
    swatch: 'rgb(86 180 233 / 0.6)',
    underline: 'solid',
    line: 'rgb(0 114 178)',
    rank: 1,
    correctable: true,
  },
  actor: {
    letter: 'a',
    one: 'an actor',
    many: 'actors',
    fill: 'rgb(230 159 0 / 0.35)',
    swatch: 'rgb(230 159 0 / 0.6)',
    underline: 'dashed',
    line: 'rgb(213 94 0)',
    rank: 0,
    correctable: true,
  },
  number: {
    letter: 'n',
    one: 'a number',
    many: 'numbers',
    fill: 'rgb(0 158 115 / 0.3)',
    swatch: 'rgb(0 158 115 / 0.5)',
    underline: 'double',
    line: 'rgb(0 120 90)',
    rank: 3,
    correctable: true,
  },
  date: {
    letter: 'd',
    one: 'a date',
    many: 'dates',
    fill: 'rgb(204 121 167 / 0.3)',
    swatch: 'rgb(204 121 167 / 0.5)',
    underline: 'dotted',
    line: 'rgb(160 70 120)',
    rank: 2,
    correctable: false,
  },
} as const satisfies Record<string, MentionKindRow>;

/** What a highlighted stretch of article text is. */
export type MentionKind = keyof typeof MENTION_KINDS;

/** The kinds the user can say words are not (see `correctable`). */
export type CorrectableKind = {
  [K in MentionKind]: (typeof MENTION_KINDS)[K]['correctable'] extends true ? K : never;
}[MentionKind];

/** Every kind, in the table's order. */
export const MENTION_KIND_NAMES = Object.keys(MENTION_KINDS) as [MentionKind, ...MentionKind[]];

export const CORRECTABLE_KINDS = MENTION_KIND_NAMES.filter(
  (kind): kind is CorrectableKind => MENTION_KINDS[kind].correctable,
) as [CorrectableKind, ...CorrectableKind[]];

/** One value per kind, in the table's order: `perKind(() => 0)` starts a count of each. */
export function perKind<T>(value: (kind: MentionKind) => T): Record<MentionKind, T> {
  return Object.fromEntries(MENTION_KIND_NAMES.map((kind) => [kind, value(kind)])) as Record<MentionKind, T>;
}
