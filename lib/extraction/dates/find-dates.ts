import type { Doc } from '../doc/doc';
import { reason } from '../pipeline';
import { dayNumber } from './calendar';
import { dateWordsOf } from './date-words';
import { parseWindow } from './parser';
import { resolve } from './resolve';
import { dateWindows } from './triggers';
import type { DateMention } from './types';

/** The date finder is one pass: chrono on the windows around date words, then the news conventions. */
export const DATE_PASS = 'dates/chrono-windows';

/**
 * Every date reference in `text`, resolved against the publication day with ACLED precision
 * (1 day, 2 week → its Monday, 3 month → its 1st). Without a publication date only dates that
 * carry their own year are returned. Years alone ("since 2011") are not returned: ACLED has no
 * year precision, and they are background history in any case.
 */
export function findDates(doc: Doc): DateMention[] {
  const { text } = doc;
  const words = dateWordsOf(doc.lexicon);
  const published = doc.publishedAt === null ? null : dayNumber(doc.publishedAt);
  const mentions: DateMention[] = [];
  for (const window of dateWindows(text, words.trigger)) {
    for (const result of parseWindow(text, window.start, window.end, published, words)) {
      const resolved = resolve(result, text, window.start, published, words);
      if (!resolved) continue;
      trimSurface(resolved, text, words.trimmedLead);
      const previous = mentions[mentions.length - 1];
      if (previous && resolved.start < previous.end) continue;
      mentions.push({
        kind: 'date',
        start: resolved.start,
        end: resolved.end,
        text: text.slice(resolved.start, resolved.end),
        date: resolved.date,
        by: reason(DATE_PASS, resolved.rule),
      });
    }
  }
  return mentions;
}

/** chrono includes a leading "on" and a trailing comma only sometimes; surfaces are the date words alone. */
function trimSurface(span: { start: number; end: number }, text: string, trimmedLead: RegExp): void {
  const lead = trimmedLead.exec(text.slice(span.start, span.end));
  if (lead && span.end - span.start > lead[0].length) span.start += lead[0].length;
  while (span.end > span.start + 1 && /[\s,.;:]/.test(text.charAt(span.end - 1))) span.end -= 1;
}
