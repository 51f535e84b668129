import type { Mention } from '../../schema/mention';

/** A date mention as the schema defines it (derived, never redeclared). */
export type DateMention = Extract<Mention, { kind: 'date' }>;

/** What the dates are resolved against: the article's publication day (`YYYY-MM-DD`), if known. */
export interface DateReference {
  publishedAt: string | null;
}
