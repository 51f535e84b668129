import { z } from '../../schema/zod';
import { PhrasesSchema as words } from '../lexicon/word-schemas';

/**
 * The date finder's words of a language (`lib/data/lexicon/<language>/dates.json`), beside the
 * month and weekday names of the text lexicon. chrono parses the dates; these words find where
 * to run it and apply the news conventions on top of it. Phrases may hold `{digits}`.
 */
export const DateLexiconSchema = z.strictObject({
  /** The chrono-node locale that parses this language ("en", "fr", "de", …). */
  chronoLocale: z.string().min(2),
  monthAbbreviations: words,
  /** Words that name a day by itself ("today", "yesterday"). */
  dayWords: words,
  /** "this morning", "last week", "past 24": a lead word and what it qualifies. */
  relative: z.strictObject({ leads: words, units: words }),
  /** Words after a duration that make it a date ("two days ago"). */
  ago: words,
  /** Relative to the story, not to publication: "two days later", "the next day". */
  storyRelative: words,
  /** "the past 24 hours", "the last three days": a stretch of time ending at publication. */
  spans: z.strictObject({ open: words, counted: words, counts: words, units: words }),
  /** Times of the publication day ("this morning"). */
  today: words,
  /** Words before a bare month name that make it a date ("in March"), not a verb or a name. */
  monthLeads: words,
  /** "night of 3 May": a time of day before a date, which chrono misreads. */
  timesOfDay: words,
  of: z.string().min(1),
  /** Words chrono sometimes takes into a date ("on Monday"), left out of the mention. */
  trimmedLeads: words,
  previous: words,
  coming: words,
  current: words,
  week: words,
  weekend: words,
  month: words,
  night: words,
  year: words,
});

export type DateLexicon = z.infer<typeof DateLexiconSchema>;
