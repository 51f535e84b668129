import type { Token } from '../text/tokenize';
import { within, type Span } from '../doc/spans';
import type { Pass } from '../pipeline';
import type { EventWork, FoundCue } from './event-work';
import type { EventWords } from './event-words';

/**
 * What kind of event each clause reports: its strongest event cue ("shelled", "clashes",
 * "captured"). Clauses without a cue report no event and are dropped. A territory cue followed
 * by seized things ("captured 20 rifles") is no taking of ground.
 */
export const clauseCues: Pass<EventWork> = {
  name: 'events/clause-cues',
  run(work) {
    const { doc, words } = work;
    work.clauses = work.clauses.filter((clause) => {
      const cue = strongestCue(doc.text, within(doc.tokens, clause), clause, words);
      if (cue) clause.cue = cue;
      return cue !== null;
    });
  },
};

function strongestCue(
  text: string,
  tokens: readonly Token[],
  clause: Span,
  words: EventWords,
): FoundCue | null {
  let best: FoundCue | null = null;
  for (const match of words.cues.findAll(tokens)) {
    const first = tokens[match.startToken] as Token;
    const last = tokens[match.endToken - 1] as Token;
    for (const cue of match.values) {
      if (
        cue.territory &&
        words.capturedThings.test(text.slice(last.end, Math.min(clause.end, last.end + 60)))
      )
        continue;
      if (!best || cue.priority > best.cue.priority) best = { cue, at: first.start };
    }
  }
  return best;
}
