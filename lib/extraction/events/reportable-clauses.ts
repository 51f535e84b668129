import type { DateValue, TimePrecision } from '../../schema';
import type { Sentence } from '../doc/doc';
import { within, type Span } from '../doc/spans';
import { isFuture, isHistory } from '../dates/background';
import type { Pass } from '../pipeline';
import type { EventWork } from './event-work';

/**
 * The clauses that may report an event, each with its date. A sentence is left out when it is
 * history ("since 2011", a date over a month back) or in a headline or subheading (the Doc's
 * heading lines), which sums up the paragraph below it. A sentence without a date of its own
 * takes the last day the article named (news keeps telling that day), else the publication date.
 */
export const reportableClauses: Pass<EventWork> = {
  name: 'events/reportable-clauses',
  run(work) {
    const { doc, words, mentions } = work;
    let currentDate: DateValue | null = doc.publishedAt
      ? { iso: doc.publishedAt, precision: 1 as TimePrecision }
      : null;
    let dayFromText = false;
    for (const sentence of doc.sentences) {
      const sentenceText = doc.text.slice(sentence.start, sentence.end);
      const sentenceDates = within(mentions.date, sentence);
      const dates = sentenceDates.filter(
        (d) => !isHistory(d, doc.publishedAt) && !isFuture(d, doc.publishedAt),
      );
      const explicitDate = dates[0]?.date ?? null;
      if (explicitDate && explicitDate.precision === 1) {
        currentDate = explicitDate;
        dayFromText = true;
      }
      if (words.background.test(sentenceText) || doc.paragraphs[sentence.paragraph]?.heading === true)
        continue;
      if (sentenceDates.length > 0 && dates.length === 0) continue;
      const date = explicitDate ?? currentDate;
      if (!date) continue;
      for (const clause of clausesOf(doc.text, sentence, words.clauseBreak)) {
        work.clauses.push({
          ...clause,
          sentence,
          date,
          explicitDate: explicitDate !== null,
          dayFromText: date.precision === 1 && (explicitDate !== null || dayFromText),
        });
      }
    }
  },
};

/** A sentence cut at its clause breaks ("…; …", "… while …"): each clause may report its own event. */
function clausesOf(text: string, sentence: Sentence, clauseBreak: RegExp): Span[] {
  const body = text.slice(sentence.start, sentence.end);
  const clauses: Span[] = [];
  let from = 0;
  clauseBreak.lastIndex = 0;
  for (let m = clauseBreak.exec(body); m; m = clauseBreak.exec(body)) {
    if (m.index > from) clauses.push({ start: sentence.start + from, end: sentence.start + m.index });
    from = m.index + m[0].length;
  }
  clauses.push({ start: sentence.start + from, end: sentence.end });
  return clauses;
}
