import type { Token } from '../text/tokenize';
import { within, type Span } from '../doc/spans';
import type { Pass } from '../pipeline';
import type { DateMention, EventWork, FoundCue } from './event-work';
import type { EventCue } from './lexicon-schema';
import type { EventWords } from './event-words';

/** How far before a cue a modal may govern it ("threatened on Monday to attack"). */
const MODAL_REACH = 60;

/**
 * What kind of event each clause reports: its strongest event cue ("shelled", "clashes",
 * "captured") that is not a plan or threat ("will attack", "threatened to storm") nor an
 * accusation ("charged with attacking"). Clauses without one report no event and are dropped. A
 * territory cue followed by seized things ("captured 20 rifles") is no taking of ground. Two cues
 * of two types joined by "and" report two events.
 */
export const clauseCues: Pass<EventWork> = {
  name: 'events/clause-cues',
  run(work) {
    const { doc, words, mentions } = work;
    work.clauses = work.clauses.flatMap((clause) => {
      const cues = cuesOf(doc.text, within(doc.tokens, clause), clause, words, within(mentions.date, clause));
      const best = cues.reduce<FoundCue | null>((a, b) => (a && rank(a) >= rank(b) ? a : b), null);
      if (!best) return [];
      // "clashes and army airstrikes": two events joined by "and", of two types.
      const joined = cues.find(
        (c) =>
          c.cue.eventType !== best.cue.eventType &&
          joinable(c.cue) &&
          joinable(best.cue) &&
          areJoined(doc.text, best, c, words),
      );
      return joined
        ? [
            { ...clause, cue: best },
            { ...clause, cue: joined },
          ]
        : [{ ...clause, cue: best }];
    });
  },
};

/**
 * How strongly a cue tells the clause's event: its priority, except that destruction at a protest
 * outranks the protest ("protesters set fire to the town hall" is a violent demonstration).
 */
function rank(found: FoundCue): number {
  const { cue, protest } = found;
  return protest && cue.subEventType === 'Looting/property destruction'
    ? Math.max(cue.priority, protest.priority + 1)
    : cue.priority;
}

/**
 * Cues that may report a second event beside another: fighting, strikes, protests. Killings and
 * executions named beside them are their toll.
 */
function joinable(cue: EventCue): boolean {
  return !cue.violence && cue.eventType !== 'Violence against civilians';
}

/** Two cues with only the joiner and at most one word between them ("clashes and army airstrikes"). */
function areJoined(text: string, a: FoundCue, b: FoundCue, words: EventWords): boolean {
  const [first, second] = a.at < b.at ? [a, b] : [b, a];
  return first.end <= second.at && words.cueJoin.test(text.slice(first.end, second.at));
}

/** Every cue of the clause that reports something happening, with its reading. */
function cuesOf(
  text: string,
  tokens: readonly Token[],
  clause: Span,
  words: EventWords,
  dates: readonly DateMention[],
): FoundCue[] {
  const matches = words.cues
    .findAll(tokens)
    .map((match) => ({ match, first: tokens[match.startToken] as Token }))
    // "March" in "5 March" is a month, not a march.
    .filter(({ first }) => !dates.some((date) => date.start <= first.start && first.start < date.end));
  if (matches.length === 0) return [];
  const clauseText = maskedText(text, clause.start, clause.end, dates);
  const modals = endsOf(clauseText, words.modal, clause.start, false);
  const plans = endsOf(clauseText, words.hypothetical, clause.start, true);
  const allegations = endsOf(clauseText, words.allegation, clause.start, true);
  const found = matches.filter(
    ({ match, first }) =>
      !leadsUpTo(text, plans, first.start, PLAN_WORDS) &&
      !leadsUpTo(text, allegations, first.start, ALLEGATION_WORDS) &&
      !isForecast(text, (tokens[match.endToken - 1] as Token).end, modals, words),
  );
  const protests = found.flatMap(({ match }) => match.values.filter((cue) => cue.eventType === 'Protests'));
  const protest = protests.reduce<EventCue | null>((a, b) => (a && a.priority >= b.priority ? a : b), null);
  const inProtest = protest !== null;
  const cues: FoundCue[] = [];
  for (const { match, first } of found) {
    const last = tokens[match.endToken - 1] as Token;
    const previous = tokens[match.startToken - 1];
    // What the cue does it to: the words right after it.
    const afterCue = text.slice(last.end, Math.min(clause.end, last.end + 60));
    for (const cue of match.values) {
      if (cue.territory && words.capturedThings.test(afterCue)) continue;
      if (cue.interception && words.mannedAircraftAfter.test(afterCue)) continue;
      // "teachers protested on the first day of a strike": a labour strike, not an air strike.
      if (
        inProtest &&
        cue.eventType === 'Explosions/Remote violence' &&
        match.endToken - match.startToken === 1 &&
        words.labourStrikes.has(first.norm)
      )
        continue;
      // "treating the wounded", "this attack": people, or an act told before, not a new one.
      if (cue.violence && previous && words.anaphora.has(previous.norm)) continue;
      // "protested against the killing of …", "… following the air strike": what a protest is
      // about is coded on its own, if at all.
      if (
        inProtest &&
        isGrievance(cue) &&
        words.grievanceBefore.test(
          maskedText(text, Math.max(clause.start, first.start - MODAL_REACH), first.start, dates),
        )
      )
        continue;
      cues.push({ cue, at: first.start, end: last.end, protest });
    }
  }
  return cues;
}

/** A cue a protest may be about: anything but the protest itself and a crowd's own violence. */
function isGrievance(cue: EventCue): boolean {
  return cue.eventType !== 'Protests' && cue.eventType !== 'Riots';
}

/** The text from `from` to `to`, dates blanked out: "May" in "13 May" is no modal. */
function maskedText(text: string, from: number, to: number, dates: readonly DateMention[]): string {
  let slice = text.slice(from, to);
  for (const date of dates) {
    if (date.end <= from || date.start >= to) continue;
    const start = Math.max(date.start, from) - from;
    const end = Math.min(date.end, to) - from;
    slice = slice.slice(0, start) + ' '.repeat(end - start) + slice.slice(end);
  }
  return slice;
}

/** How many words may stand between a plan's words and the act ("threatened on Monday to attack"). */
const PLAN_WORDS = 3;
/** … and between an accusation and the act ("accusing him of carrying out bombings"). */
const ALLEGATION_WORDS = 2;

/** Where the matches of a global pattern in the clause start, or end, as offsets in the text. */
function endsOf(clauseText: string, pattern: RegExp, offset: number, ends: boolean): number[] {
  return [...clauseText.matchAll(pattern)].map((m) => offset + m.index + (ends ? m[0].length : 0));
}

/** Some lead ends at most `words` words before `at` ("threatened to | attack"). */
function leadsUpTo(text: string, leadEnds: readonly number[], at: number, words: number): boolean {
  return leadEnds.some((end) => {
    if (end > at || at - end > MODAL_REACH) return false;
    const gap = text.slice(end, at);
    return /\s$/.test(gap) && (gap.match(/\S+/g)?.length ?? 0) <= words;
  });
}

/**
 * A modal after the cue governs it ("the capture of X would open the road") unless a relative
 * word between them puts the modal in a clause of its own ("a law that would cut pay").
 */
function isForecast(text: string, cueEnd: number, modals: readonly number[], words: EventWords): boolean {
  return modals.some((at) => at >= cueEnd && !words.relative.test(text.slice(cueEnd, at)));
}
