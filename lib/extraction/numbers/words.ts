import type { NumberCategory } from '../../schema/mention';

/** A set from a white-space separated word list, so long lexicons stay compact and readable. */
export function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/** A word → category map from word lists keyed by category. */
export function categoryMap(
  lists: Partial<Record<NumberCategory, string>>,
): ReadonlyMap<string, NumberCategory> {
  const map = new Map<string, NumberCategory>();
  for (const [category, words] of Object.entries(lists) as [NumberCategory, string][]) {
    for (const word of wordSet(words)) map.set(word, category);
  }
  return map;
}
