import type { Mention, MentionKind } from '../schema';

/** When two mentions overlap, the longer wins; on a tie, actors ("Syrian army") beat places, places numbers. */
const RANK: Record<MentionKind, number> = { actor: 0, place: 1, date: 2, number: 3 };

/**
 * One reading per stretch of text: a place inside an actor's name ("Aleppo" in "Aleppo Military
 * Council") or a number inside a date is not a mention of its own.
 */
export function resolveOverlaps(mentions: readonly Mention[]): Mention[] {
  const byPreference = [...mentions].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || RANK[a.kind] - RANK[b.kind] || a.start - b.start,
  );
  // Characters already claimed: checking a mention costs its length, not the number kept so far.
  const end = byPreference.reduce((max, m) => Math.max(max, m.end), 0);
  const claimed = new Uint8Array(end);
  const kept: Mention[] = [];
  for (const mention of byPreference) {
    if (claimed.subarray(mention.start, mention.end).includes(1)) continue;
    claimed.fill(1, mention.start, mention.end);
    kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}
