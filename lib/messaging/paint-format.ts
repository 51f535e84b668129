import { MENTION_KIND_NAMES, MENTION_KINDS, type MentionKind } from '../schema/mention-kind';

/**
 * The compact form of a paint request's mentions (see PaintMentionsSchema): which article text
 * they count in, two offsets per mention in one array, and one letter per mention for its kind.
 * Shared by the schema and by the highlighter's own check of it, which has no schema library.
 */
export const KIND_OF_LETTER: Readonly<Record<string, MentionKind>> = Object.fromEntries(
  MENTION_KIND_NAMES.map((kind) => [MENTION_KINDS[kind].letter, kind]),
);
export const KINDS_PATTERN = new RegExp(
  `^[${MENTION_KIND_NAMES.map((kind) => MENTION_KINDS[kind].letter).join('')}]*$`,
);

/**
 * Names an article text without carrying it: the page that captured the text computes the same
 * key from its own copy, so a paint request need not send the text back (FNV-1a over the UTF-16
 * code units; with the length, two different captures of one page do not collide in practice).
 */
export function textKeyOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

/** What a paint request says about its mentions (the fields the checks below look at). */
export interface PaintSpans {
  textLength: number;
  text?: string | undefined;
  spans: readonly number[];
  kinds: string;
  own?: readonly number[] | undefined;
}

/** Why the spans do not describe `kinds`' mentions in the text, or null when they do. */
export function spansProblem({ textLength, text, spans, kinds, own = [] }: PaintSpans): string | null {
  if (text !== undefined && text.length !== textLength) return 'text and textLength disagree';
  if (spans.length !== 2 * kinds.length) return 'spans and kinds must describe the same mentions';
  for (let i = 0; i < spans.length; i += 2) {
    const start = spans[i] as number;
    const end = spans[i + 1] as number;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > textLength) {
      return `mention ${i / 2} has a bad span [${start}, ${end})`;
    }
  }
  for (let i = 0; i < own.length; i++) {
    const index = own[i] as number;
    if (!Number.isInteger(index) || index < 0 || index >= kinds.length || index <= (own[i - 1] ?? -1)) {
      return `own[${i}] is not the index of a mention after own[${i - 1}]`;
    }
  }
  return null;
}
