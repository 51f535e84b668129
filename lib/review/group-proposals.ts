import type { ConflictEvent, Evidence } from '../schema';

/**
 * Proposals below this confidence are folded away as "less likely". The extractor's confidence is
 * 0.45 plus 0.2 for a first actor, 0.1 for a second, 0.15 for a place of the clause's own (not
 * borrowed from an earlier sentence) and 0.05 for a date the text states, so below 0.6 a proposal
 * has neither a first actor nor a place of its own: it rests on little more than a cue word. The
 * fold stops there because, over the shared corpus, proposals at 0.6–0.65 matched a coded event
 * as often as those above (4 of 6 against 81 of 134): folding them would hide good proposals.
 */
export const LESS_LIKELY_BELOW = 0.6;

/** The events read from one sentence: its quote is shown once, with each event under it. */
export interface EvidenceGroup {
  /** Unique among an article's groups and stable while the events are: a key for the view. */
  key: string;
  /**
   * The sentence, as the group's shortest quote has it: a merged event's quote joins its two
   * sentences (" … "), and the plain sentence is the one every event of the group shares.
   */
  evidence: Evidence;
  /** Highest confidence first; ties in article order. */
  events: ConflictEvent[];
  /** The confidence of the group's best event, which places the group in the review order. */
  best: number;
}

/** An article's events as the side panel lists them for review. */
export interface ReviewOrder {
  /** Groups to review, best first (ties in article order). */
  likely: EvidenceGroup[];
  /** Groups whose best event is below the threshold, folded until the user asks for them. */
  lessLikely: EvidenceGroup[];
}

/**
 * Group events whose evidence is the same sentence: the same offsets, or the same words (a merged
 * event anchored at one sentence, a sentence the page repeats). Groups come in article order.
 */
export function groupByEvidence(events: readonly ConflictEvent[]): EvidenceGroup[] {
  // Events of one sentence are told apart by id, as the store lists them: the order does not
  // depend on the order the events came in.
  const inArticleOrder = [...events].sort(
    (a, b) =>
      a.evidence.start - b.evidence.start ||
      a.evidence.end - b.evidence.end ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );

  // Union–find over the events: sharing either key joins two groups, and each group is led by
  // its earliest event, so "the same offsets or the same text" is transitive.
  const leader = inArticleOrder.map((_, i) => i);
  const find = (i: number): number => {
    while (leader[i] !== i) i = leader[i] as number;
    return i;
  };
  const firstWithKey = new Map<string, number>();
  inArticleOrder.forEach((event, i) => {
    const { start, end, text } = event.evidence;
    for (const key of [`at ${start}-${end}`, `says ${text.replace(/\s+/g, ' ').trim()}`]) {
      const seen = firstWithKey.get(key);
      if (seen === undefined) {
        firstWithKey.set(key, i);
        continue;
      }
      const [a, b] = [find(seen), find(i)];
      if (a !== b) leader[Math.max(a, b)] = Math.min(a, b);
    }
  });

  const members = new Map<number, ConflictEvent[]>();
  inArticleOrder.forEach((event, i) => {
    const root = find(i);
    members.set(root, [...(members.get(root) ?? []), event]);
  });
  return [...members.values()].map((group) => {
    const first = group[0] as ConflictEvent;
    const quote = group.reduce((a, b) => (b.evidence.text.length < a.evidence.text.length ? b : a));
    // Array.prototype.sort is stable: equal confidences keep their article order.
    const byConfidence = [...group].sort((a, b) => b.confidence - a.confidence);
    return {
      key: `${first.evidence.start}-${first.evidence.end}`,
      evidence: quote.evidence,
      events: byConfidence,
      best: (byConfidence[0] as ConflictEvent).confidence,
    };
  });
}

/**
 * The order of review: groups by their best event's confidence, highest first (ties in article
 * order), with the groups below `threshold` set apart to be folded.
 */
export function reviewOrder(
  events: readonly ConflictEvent[],
  threshold: number = LESS_LIKELY_BELOW,
): ReviewOrder {
  const groups = groupByEvidence(events).sort((a, b) => b.best - a.best);
  return {
    likely: groups.filter((g) => g.best >= threshold),
    lessLikely: groups.filter((g) => g.best < threshold),
  };
}

/** The events of groups, in the order they are listed (the order the keyboard moves in). */
export function eventsInOrder(groups: readonly EvidenceGroup[]): ConflictEvent[] {
  return groups.flatMap((g) => g.events);
}
