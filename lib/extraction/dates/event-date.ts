import type { DateValue } from '../../schema/mention';
import { isBackground, isFuture } from './background';
import type { DateMention } from './types';

/**
 * The date of an event whose evidence sentence spans [sentenceStart, sentenceEnd): a date
 * mention inside the sentence, or null so the caller falls back to the publication date.
 * With several, a current one beats history and plans (a background date is still returned
 * when it is the only one, so the caller can see with isBackground that the sentence is
 * history), then the finer precision, then the first.
 */
export function resolveEventDate(
  sentenceStart: number,
  sentenceEnd: number,
  dateMentions: readonly DateMention[],
  publishedAt: string | null,
): DateValue | null {
  let best: DateMention | null = null;
  let bestRank = Infinity;
  for (const mention of dateMentions) {
    if (mention.start < sentenceStart || mention.end > sentenceEnd) continue;
    const rank = standing(mention, publishedAt) * 10 + mention.date.precision;
    if (rank < bestRank) {
      best = mention;
      bestRank = rank;
    }
  }
  return best ? { iso: best.date.iso, precision: best.date.precision } : null;
}

function standing(mention: DateMention, publishedAt: string | null): number {
  if (isFuture(mention, publishedAt)) return 2;
  if (isBackground(mention, publishedAt)) return 1;
  return 0;
}

/**
 * The narrative date at `offset`: the last current (not background, not future) day-precision
 * date mentioned before it. News keeps telling the day it last named ("Rebels attacked X on
 * Thursday. They also shelled Y."), so a caller may use this before falling back to publishedAt.
 * `dateMentions` must be in text order, as findDates returns them.
 */
export function precedingEventDate(
  offset: number,
  dateMentions: readonly DateMention[],
  publishedAt: string | null,
): DateValue | null {
  for (let i = dateMentions.length - 1; i >= 0; i--) {
    const mention = dateMentions[i];
    if (!mention || mention.end > offset || mention.date.precision !== 1) continue;
    if (isBackground(mention, publishedAt) || isFuture(mention, publishedAt)) continue;
    return { iso: mention.date.iso, precision: 1 };
  }
  return null;
}
