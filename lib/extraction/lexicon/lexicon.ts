/**
 * The extractor's knowledge of a language: its word lists, one data file per topic under
 * `lib/data/lexicon/<language>/`, validated with zod when first used. Finders read them from
 * `doc.lexicon`; none keeps words of a language in its code. Adding a language is adding a
 * folder of these files and its entry in SHIPPED_LEXICONS below (and chrono's locale for dates,
 * in dates/date-words.ts).
 */
import enActors from '../../data/lexicon/en/actors.json';
import enDates from '../../data/lexicon/en/dates.json';
import enEvents from '../../data/lexicon/en/events.json';
import enNumbers from '../../data/lexicon/en/numbers.json';
import enPlaces from '../../data/lexicon/en/places.json';
import enText from '../../data/lexicon/en/text.json';
import { z } from '../../schema/zod';
import { ActorLexiconSchema } from '../actors/lexicon-schema';
import { DateLexiconSchema } from '../dates/lexicon-schema';
import { EventLexiconSchema } from '../events/lexicon-schema';
import { NumberLexiconSchema } from '../numbers/lexicon-schema';
import { PlaceLexiconSchema } from '../places/lexicon-schema';
import { PhrasesSchema } from './word-schemas';

const words = PhrasesSchema;

/** Words of the text itself: calendar names, and abbreviations whose full stop ends no sentence. */
export const TextLexiconSchema = z.strictObject({
  months: words.length(12),
  weekdays: words.length(7),
  abbreviations: words,
});

/** A language's lexicon: every file, every key known (a misspelt key is an error, not ignored). */
export const LexiconSchema = z.strictObject({
  text: TextLexiconSchema,
  places: PlaceLexiconSchema,
  actors: ActorLexiconSchema,
  numbers: NumberLexiconSchema,
  dates: DateLexiconSchema,
  events: EventLexiconSchema,
});

export type Lexicon = z.infer<typeof LexiconSchema>;
export type TextLexicon = z.infer<typeof TextLexiconSchema>;
export type { ActorLexicon } from '../actors/lexicon-schema';
export type { DateLexicon } from '../dates/lexicon-schema';
export type { EventLexicon } from '../events/lexicon-schema';
export type { NumberLexicon } from '../numbers/lexicon-schema';
export type { PlaceLexicon } from '../places/lexicon-schema';

/** Each language's lexicon files (its folder), by primary language subtag. */
export type LexiconFolders = Readonly<Record<string, unknown>>;

/** The lexicon folders shipped with the extension. */
export const SHIPPED_LEXICONS: LexiconFolders = {
  en: {
    text: enText,
    places: enPlaces,
    actors: enActors,
    numbers: enNumbers,
    dates: enDates,
    events: enEvents,
  },
};

export const DEFAULT_LANGUAGE = 'en';

const checked = new WeakMap<LexiconFolders, Map<string, Lexicon>>();

/**
 * The lexicon of a language (a primary subtag: "en") from a set of lexicon folders (the shipped
 * ones unless a caller brings its own), checked once; a language without a folder is read with
 * the default (English) lexicon.
 */
export function lexiconFor(language: string, folders: LexiconFolders = SHIPPED_LEXICONS): Lexicon {
  const known = Object.hasOwn(folders, language) ? language : DEFAULT_LANGUAGE;
  const byLanguage = checked.get(folders) ?? new Map<string, Lexicon>();
  checked.set(folders, byLanguage);
  let lexicon = byLanguage.get(known);
  if (!lexicon) {
    const parsed = LexiconSchema.safeParse(folders[known]);
    if (!parsed.success) {
      throw new Error(`The ${known} lexicon is invalid: ${z.prettifyError(parsed.error)}`);
    }
    lexicon = parsed.data;
    byLanguage.set(known, lexicon);
  }
  return lexicon;
}

export { indexedBy } from './indexed-by';
