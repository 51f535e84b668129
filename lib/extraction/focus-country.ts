import type { Mention } from '../schema';

/**
 * The country an article is about: the one its places belong to most often. Actors' framing
 * ("the army", "terrorists") and place disambiguation depend on it.
 */
export function focusCountryOf(mentions: readonly Mention[]): string | null {
  const votes = new Map<string, number>();
  for (const mention of mentions) {
    if (mention.kind !== 'place' || !mention.place.country) continue;
    votes.set(mention.place.country, (votes.get(mention.place.country) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestVotes = 0;
  for (const [country, count] of votes) {
    if (count > bestVotes) [best, bestVotes] = [country, count];
  }
  return best;
}
