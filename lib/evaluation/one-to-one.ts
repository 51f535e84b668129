/**
 * Pair predictions with gold items one-to-one: first every pair the strict test accepts, then the
 * loose one, so an exact match is never stolen by a looser one.
 */
export function pairOneToOne<P, G>(
  predicted: readonly P[],
  gold: readonly G[],
  tests: readonly ((p: P, g: G) => boolean)[],
): { pairs: [P, G][]; unmatchedPredicted: P[]; unmatchedGold: G[] } {
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: [P, G][] = [];
  for (const test of tests) {
    gold.forEach((g, gi) => {
      if (usedG.has(gi)) return;
      const pi = predicted.findIndex((p, i) => !usedP.has(i) && test(p, g));
      if (pi < 0) return;
      usedP.add(pi);
      usedG.add(gi);
      pairs.push([predicted[pi] as P, g]);
    });
  }
  return {
    pairs,
    unmatchedPredicted: predicted.filter((_, i) => !usedP.has(i)),
    unmatchedGold: gold.filter((_, i) => !usedG.has(i)),
  };
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export function f1Of({ tp, fp, fn }: Counts): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
