import { dayNumber } from './calendar';
import { parseWindow } from './parser';
import { resolve } from './resolve';
import { dateWindows } from './triggers';
import type { DateMention, DateReference } from './types';

/**
 * Every date reference in `text`, resolved against the publication day with ACLED precision
 * (1 day, 2 week → its Monday, 3 month → its 1st). Without a publication date only dates that
 * carry their own year are returned. Years alone ("since 2011") are not returned: ACLED has no
 * year precision, and they are background history in any case.
 */
export function findDates(text: string, reference: DateReference): DateMention[] {
  const published = reference.publishedAt === null ? null : dayNumber(reference.publishedAt);
  const mentions: DateMention[] = [];
  for (const window of dateWindows(text)) {
    for (const result of parseWindow(text, window.start, window.end, published)) {
      const resolved = resolve(result, text, window.start, published);
      if (!resolved) continue;
      trimSurface(resolved, text);
      const previous = mentions[mentions.length - 1];
      if (previous && resolved.start < previous.end) continue;
      mentions.push({
        kind: 'date',
        start: resolved.start,
        end: resolved.end,
        text: text.slice(resolved.start, resolved.end),
        date: resolved.date,
      });
    }
  }
  return mentions;
}

/** chrono includes a leading "on" and a trailing comma only sometimes; surfaces are the date words alone. */
function trimSurface(span: { start: number; end: number }, text: string): void {
  const lead = /^(?:on|On)\s+/.exec(text.slice(span.start, span.end));
  if (lead && span.end - span.start > lead[0].length) span.start += lead[0].length;
  while (span.end > span.start + 1 && /[\s,.;:]/.test(text.charAt(span.end - 1))) span.end -= 1;
}
