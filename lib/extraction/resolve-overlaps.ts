import type { Mention } from '../schema';
import { MENTION_KINDS } from '../schema/mention-kind';

/** Where the pipeline keeps one reading per stretch of text (it makes no mention of its own). */
export const OVERLAPS_PASS = 'overlaps/one-reading-per-span';

/**
 * One reading per stretch of text: a place inside an actor's name ("Aleppo" in "Aleppo Military
 * Council") or a number inside a date is not a mention of its own. Of two overlapping mentions the
 * longer wins; on a tie, the kind of lower rank (see MENTION_KINDS: actors, then places, dates,
 * numbers).
 */
export function resolveOverlaps(mentions: readonly Mention[]): Mention[] {
  const byPreference = [...mentions].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      MENTION_KINDS[a.kind].rank - MENTION_KINDS[b.kind].rank ||
      a.start - b.start,
  );
  // Characters already claimed: checking a mention costs its length, not the number kept so far.
  const end = byPreference.reduce((max, m) => Math.max(max, m.end), 0);
  const claimed = new Uint8Array(end);
  const kept: Mention[] = [];
  for (const mention of byPreference) {
    if (isClaimed(claimed, mention.start, mention.end)) continue;
    claimed.fill(1, mention.start, mention.end);
    kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Whether any character of [start, end) is claimed (a loop: a view per mention costs more). */
function isClaimed(claimed: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (claimed[i] === 1) return true;
  return false;
}
