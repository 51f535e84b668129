/**
 * The date finder's words (doc.lexicon.dates, with the month and weekday names of
 * doc.lexicon.text) compiled into the matchers its steps use, once per lexicon.
 */
import { en, type Chrono } from 'chrono-node';
import { indexedBy, type Lexicon } from '../lexicon/lexicon';
import { anyOf, wordPattern } from '../lexicon/phrase-pattern';

export interface DateWords {
  /** chrono's casual parser for the language. */
  chrono: Chrono;
  /** Words that can start or end a date (month and weekday names capitalised): where chrono is run. */
  trigger: RegExp;
  capitalisedWeekday: RegExp;
  lowerCaseMonth: RegExp;
  storyRelative: RegExp;
  span: RegExp;
  today: RegExp;
  monthLead: RegExp;
  timeOfDayLead: RegExp;
  weekend: RegExp;
  previous: RegExp;
  coming: RegExp;
  thisWeek: RegExp;
  lastWeek: RegExp;
  week: RegExp;
  lastNight: RegExp;
  monthOrAgo: RegExp;
  /** "(of) last year" after a date: which year, as -1, 0 or +1 from publication's. */
  yearAfter: RegExp;
  yearOffset(word: string): number;
  /** A word chrono sometimes takes into the date ("on Monday"); the mention is the date words alone. */
  trimmedLead: RegExp;
}

/** chrono's parsers by locale; a language's dates need its locale here. */
const CHRONO_LOCALES: Readonly<Record<string, { casual: Chrono }>> = { en };

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
/** "today" → "[Tt]oday": either case at the start of the word. */
const eitherCase = (word: string) => `[${word.charAt(0).toUpperCase()}${word.charAt(0)}]${word.slice(1)}`;
/** Words of a phrase may be separated by any white space. */
const spaced = (source: string) => source.replace(/ /g, String.raw`\s+`);
const words = (list: readonly string[]) => spaced(anyOf(list));

export const dateWordsOf = indexedBy(({ dates, text }: Lexicon): DateWords => {
  const locale = CHRONO_LOCALES[dates.chronoLocale];
  if (!locale) throw new Error(`chrono has no "${dates.chronoLocale}" parser here: add it to CHRONO_LOCALES`);
  const weekdays = anyOf(text.weekdays.map(capitalised));
  const months = anyOf([...text.months, ...dates.monthAbbreviations].map(capitalised));
  const leads = `(?:${dates.relative.leads.map(eitherCase).join('|')})`;
  const counts = anyOf(dates.spans.counts);
  const relativeYear = [...dates.previous, ...dates.current, ...dates.coming];
  return {
    chrono: locale.casual.clone(),
    trigger: wordPattern(
      [
        String.raw`\b${weekdays}\b`,
        String.raw`\b${months}\b`,
        String.raw`\b(?:${dates.dayWords.map(eitherCase).join('|')})\b`,
        String.raw`\b${leads}\s+${words(dates.relative.units)}\b`,
        String.raw`\b${anyOf(dates.ago)}\b`,
        String.raw`\b\d{4}-\d{2}-\d{2}\b`,
        String.raw`\b\d{1,2}/\d{1,2}/\d{2,4}\b`,
      ].join('|'),
      'g',
    ),
    capitalisedWeekday: wordPattern(String.raw`\b${weekdays}\b`),
    lowerCaseMonth: wordPattern(String.raw`\b${anyOf(text.months)}\b`),
    storyRelative: wordPattern(String.raw`\b${words(dates.storyRelative)}\b`, 'i'),
    span: wordPattern(
      String.raw`\b(?:${words(dates.spans.open)}\s+(?:${counts}\s+)?|${words(dates.spans.counted)}\s+${counts}\s+)${words(dates.spans.units)}\b`,
      'i',
    ),
    today: wordPattern(String.raw`^${words(dates.today)}$`, 'i'),
    monthLead: wordPattern(String.raw`\b${words(dates.monthLeads)}[\s-]*$`, 'i'),
    timeOfDayLead: wordPattern(String.raw`\b${words(dates.timesOfDay)}\s+${anyOf([dates.of])}\s+`, 'gi'),
    weekend: wordPattern(String.raw`\b${words(dates.weekend)}\b`, 'i'),
    previous: wordPattern(String.raw`\b${words(dates.previous)}\b`, 'i'),
    coming: wordPattern(String.raw`\b${words(dates.coming)}\b`, 'i'),
    thisWeek: wordPattern(String.raw`\b${words(dates.current)}\s+${words(dates.week)}\b`, 'i'),
    lastWeek: wordPattern(String.raw`\b${words(dates.previous)}\s+${words(dates.week)}\b`, 'i'),
    week: wordPattern(String.raw`\b${words(dates.week)}\b`, 'i'),
    lastNight: wordPattern(String.raw`\b${words(dates.previous)}\s+${words(dates.night)}\b`, 'i'),
    monthOrAgo: wordPattern(String.raw`\b${words([...dates.month, ...dates.ago])}\b`, 'i'),
    yearAfter: wordPattern(
      String.raw`^\s*(?:${anyOf([dates.of])}\s+)?(${words(relativeYear)})\s+${words(dates.year)}\b`,
      'i',
    ),
    trimmedLead: wordPattern(String.raw`^(?:${dates.trimmedLeads.map(eitherCase).join('|')})\s+`),
    yearOffset: (word) => {
      const folded = word.toLowerCase();
      if (dates.previous.includes(folded)) return -1;
      return dates.coming.includes(folded) ? 1 : 0;
    },
  };
});
