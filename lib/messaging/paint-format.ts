import type { MentionKind } from '../schema/mention-kind';

/**
 * The compact form of a paint request's mentions (see PaintMentionsSchema): the article text, two
 * offsets per mention in one array, and one letter per mention for its kind. Shared by the
 * schema and by the highlighter's own check of it, which has no schema library.
 */
export const KIND_LETTERS = { place: 'p', actor: 'a', number: 'n', date: 'd' } as const;
export const KIND_OF_LETTER: Readonly<Record<string, MentionKind>> = {
  p: 'place',
  a: 'actor',
  n: 'number',
  d: 'date',
};
export const KINDS_PATTERN = /^[pand]*$/;

/** Why the spans do not describe `kinds`' mentions in `text`, or null when they do. */
export function spansProblem(text: string, spans: readonly number[], kinds: string): string | null {
  if (spans.length !== 2 * kinds.length) return 'spans and kinds must describe the same mentions';
  for (let i = 0; i < spans.length; i += 2) {
    const start = spans[i] as number;
    const end = spans[i + 1] as number;
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(end) ||
      start < 0 ||
      end <= start ||
      end > text.length
    ) {
      return `mention ${i / 2} has a bad span [${start}, ${end})`;
    }
  }
  return null;
}
