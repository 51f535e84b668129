import type { MentionKind } from '../schema/mention-kind';

/** One letter per mention kind in a paint request's `kinds` (see PaintMentionsSchema). */
export const KIND_LETTERS = { place: 'p', actor: 'a', number: 'n', date: 'd' } as const;
export const KIND_OF_LETTER: Readonly<Record<string, MentionKind>> = {
  p: 'place',
  a: 'actor',
  n: 'number',
  d: 'date',
};
