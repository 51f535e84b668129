import { ArticleSchema } from './article';
import { CorrectionSchema } from './correction';
import { EventSchema } from './event';
import { z } from './zod';

/*
 * What an imported file may hold. A shared backup is not the user's own work: a 100 MB notes field
 * would be imported, exported and freeze the log when edited, and a `data:` or `javascript:` link
 * would be rendered. These bounds apply where records come in from a file (see
 * lib/exchange/check-record.ts); records already stored stay readable whatever their length, so
 * the stored schemas (EventSchema…) are left unbounded.
 */

/** Free text the user writes or quotes: an event's notes, its evidence sentence. */
export const MAX_LONG_TEXT_CHARS = 20_000;
/** A name: a place, an actor, an outlet, an administrative area, a title's byline. */
export const MAX_NAME_CHARS = 300;
/** A list of names joined by "; " (associated actors, tags). */
export const MAX_NAME_LIST_CHARS = 2_000;
/** A web address, as long as browsers and servers reliably accept. */
export const MAX_URL_CHARS = 2_048;
/** An id: ours are short; an article id is derived from its URL. */
export const MAX_ID_CHARS = 2_100;
/** An article's title, excerpt and each capture note. */
export const MAX_TITLE_CHARS = 1_000;
export const MAX_EXCERPT_CHARS = 5_000;
/** An article's whole text: a very long report is a few hundred thousand characters. */
export const MAX_ARTICLE_TEXT_CHARS = 2_000_000;
/** The words a correction is about: a name or a short phrase (the teach panel allows no more). */
export const MAX_SURFACE_CHARS = 80;

/** The bounds in plain words, for the import panel and the README. */
export const IMPORT_BOUNDS_SUMMARY =
  `Text fields have length limits: notes and evidence quotes ${MAX_LONG_TEXT_CHARS.toLocaleString('en')} ` +
  `characters, names ${MAX_NAME_CHARS} (lists of names ${MAX_NAME_LIST_CHARS.toLocaleString('en')}), ` +
  `web addresses ${MAX_URL_CHARS.toLocaleString('en')} and only http:// or https://, article titles ` +
  `${MAX_TITLE_CHARS.toLocaleString('en')}, article texts ${MAX_ARTICLE_TEXT_CHARS.toLocaleString('en')}, ` +
  `correction words ${MAX_SURFACE_CHARS}. A record over a limit is refused (the rest imports).`;

/** A field's path in the record (`*` for every item of a list) and how long it may be. */
interface Bound {
  path: readonly string[];
  max: number;
  /** A web address: http(s) only; `optional` allows the empty string (no address). */
  url?: 'required' | 'optional';
}

const text = (max: number, ...path: string[]): Bound => ({ path, max });
const url = (kind: 'required' | 'optional', ...path: string[]): Bound => ({
  path,
  max: MAX_URL_CHARS,
  url: kind,
});

const QUOTE_BOUNDS = ['exact', 'prefix', 'suffix'].map((key) =>
  text(MAX_LONG_TEXT_CHARS, 'evidence', 'selector', key),
);

export const EVENT_BOUNDS: readonly Bound[] = [
  text(MAX_ID_CHARS, 'id'),
  text(MAX_ID_CHARS, 'articleId'),
  text(MAX_LONG_TEXT_CHARS, 'notes'),
  text(MAX_LONG_TEXT_CHARS, 'evidence', 'text'),
  ...QUOTE_BOUNDS,
  text(MAX_NAME_CHARS, 'source'),
  url('optional', 'sourceUrl'),
  text(MAX_NAME_CHARS, 'actor1', 'canonical'),
  text(MAX_NAME_CHARS, 'actor2', 'canonical'),
  ...['name', 'admin1', 'admin2', 'admin3'].map((key) => text(MAX_NAME_CHARS, 'location', key)),
  text(MAX_NAME_LIST_CHARS, 'assocActor1'),
  text(MAX_NAME_LIST_CHARS, 'assocActor2'),
  text(MAX_NAME_CHARS, 'sourceScale'),
  text(MAX_NAME_LIST_CHARS, 'tags'),
];

export const ARTICLE_BOUNDS: readonly Bound[] = [
  text(MAX_ID_CHARS, 'id'),
  text(MAX_TITLE_CHARS, 'title'),
  text(MAX_NAME_CHARS, 'byline'),
  text(MAX_NAME_CHARS, 'siteName'),
  url('required', 'url'),
  url('optional', 'canonicalUrl'),
  text(MAX_NAME_CHARS, 'lang'),
  text(MAX_NAME_CHARS, 'publishedAt'),
  text(MAX_ARTICLE_TEXT_CHARS, 'text'),
  text(MAX_EXCERPT_CHARS, 'excerpt'),
  text(MAX_TITLE_CHARS, 'warnings', '*'),
];

export const CORRECTION_BOUNDS: readonly Bound[] = [
  text(MAX_ID_CHARS, 'id'),
  text(MAX_SURFACE_CHARS, 'surface'),
  ...['name', 'admin1'].map((key) => text(MAX_NAME_CHARS, 'place', key)),
  text(MAX_NAME_CHARS, 'actor', 'canonical'),
  text(MAX_NAME_CHARS, 'number', 'of'),
];

/** Whether a string is an http(s) web address; anything else (`data:`, `javascript:`, `file:`) is not. */
export function isWebUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Every string at `path` in `value`, with its concrete path (list items numbered). */
function stringsAt(
  value: unknown,
  path: readonly string[],
  at: (string | number)[] = [],
): [(string | number)[], string][] {
  if (path.length === 0) return typeof value === 'string' ? [[at, value]] : [];
  if (typeof value !== 'object' || value === null) return [];
  const [key, ...rest] = path;
  if (key === '*') {
    return Array.isArray(value) ? value.flatMap((item, i) => stringsAt(item, rest, [...at, i])) : [];
  }
  return stringsAt((value as Record<string, unknown>)[key as string], rest, [...at, key as string]);
}

/** A zod check that reports, in plain words, each field over its bound and each address that is not http(s). */
function checkBounds(bounds: readonly Bound[]) {
  return (record: unknown, context: z.RefinementCtx) => {
    for (const bound of bounds) {
      for (const [path, value] of stringsAt(record, bound.path)) {
        if (value.length > bound.max) {
          context.addIssue({
            code: 'custom',
            path,
            message: `is ${value.length.toLocaleString('en')} characters long; at most ${bound.max.toLocaleString('en')} are accepted`,
          });
        } else if (bound.url && !(bound.url === 'optional' && value === '') && !isWebUrl(value)) {
          context.addIssue({
            code: 'custom',
            path,
            message:
              'is not a web address starting with http:// or https:// (other kinds of link are not imported)',
          });
        }
      }
    }
  };
}

/** An event as an import accepts it: a valid stored event within the bounds above. */
export const ImportedEventSchema = EventSchema.superRefine(checkBounds(EVENT_BOUNDS));
export const ImportedArticleSchema = ArticleSchema.superRefine(checkBounds(ARTICLE_BOUNDS));
export const ImportedCorrectionSchema = CorrectionSchema.superRefine(checkBounds(CORRECTION_BOUNDS));
