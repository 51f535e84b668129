/**
 * The extractor's knowledge of a language: its word lists, one data file per topic under
 * `lib/data/lexicon/<language>/`, validated with zod when first used. Finders read them from
 * `doc.lexicon`; none keeps words of a language in its code. Adding a language is adding a
 * folder of these files and a line to LANGUAGES below (and chrono's locale for dates).
 */
import enDates from '../../data/lexicon/en/dates.json';
import enEvents from '../../data/lexicon/en/events.json';
import enText from '../../data/lexicon/en/text.json';
import { z } from '../../schema/zod';
import { DateLexiconSchema } from '../dates/lexicon-schema';
import { EventLexiconSchema } from '../events/lexicon-schema';

const words = z.array(
  z
    .string()
    .min(1)
    .regex(/^[^A-Z]*$/, 'words are written in lower case'),
);

/** Words of the text itself: calendar names, and abbreviations whose full stop ends no sentence. */
export const TextLexiconSchema = z.object({
  months: words.length(12),
  weekdays: words.length(7),
  abbreviations: words,
});

export const LexiconSchema = z.object({
  text: TextLexiconSchema,
  dates: DateLexiconSchema,
  events: EventLexiconSchema,
});

export type Lexicon = z.infer<typeof LexiconSchema>;
export type TextLexicon = z.infer<typeof TextLexiconSchema>;
export type { DateLexicon } from '../dates/lexicon-schema';
export type { EventLexicon } from '../events/lexicon-schema';

/** The lexicon files of each language, as shipped. */
const LANGUAGES: Readonly<Record<string, unknown>> = {
  en: { text: enText, dates: enDates, events: enEvents },
};

export const DEFAULT_LANGUAGE = 'en';

const checked = new Map<string, Lexicon>();

/**
 * The lexicon of a language (a primary subtag: "en"), checked once; languages without one are
 * read with the default (English) lexicon.
 */
export function lexiconFor(language: string): Lexicon {
  const known = language in LANGUAGES ? language : DEFAULT_LANGUAGE;
  let lexicon = checked.get(known);
  if (!lexicon) {
    const parsed = LexiconSchema.safeParse(LANGUAGES[known]);
    if (!parsed.success) {
      throw new Error(`The ${known} lexicon is invalid: ${z.prettifyError(parsed.error)}`);
    }
    lexicon = parsed.data;
    checked.set(known, lexicon);
  }
  return lexicon;
}

/**
 * A function of a lexicon section (a Set or Map built from its word lists), computed once per
 * section: finders build their indexes of the words through it, whatever the language.
 */
export function indexedBy<Source extends object, Index>(
  build: (source: Source) => Index,
): (source: Source) => Index {
  const built = new WeakMap<Source, Index>();
  return (source) => {
    let index = built.get(source);
    if (index === undefined) {
      index = build(source);
      built.set(source, index);
    }
    return index;
  };
}
