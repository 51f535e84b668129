/**
 * The event proposer's phrase lists (doc.lexicon.events) compiled into the matchers its passes
 * use, once per lexicon.
 */
import { indexedBy, type Lexicon } from '../lexicon/lexicon';
import { anyOf, wordPattern } from '../lexicon/phrase-pattern';
import { PhraseIndex } from '../matcher/phrase-index';
import type { EventCue } from './lexicon-schema';

export interface EventWords {
  cues: PhraseIndex<EventCue>;
  background: RegExp;
  hypothetical: RegExp;
  /** Matches the words after a territory cue when they name seized things ("captured 20 rifles"). */
  capturedThings: RegExp;
  clauseBreak: RegExp;
  /** Matches the words after an actor when things happen to it ("were killed"). */
  suffers: RegExp;
  /** Matches the words before a place named only as a landmark ("near", "5 km from"). */
  landmarkBefore: RegExp;
  /** Matches the words between two places when the second only says where the first is ("in"). */
  parentAfter: RegExp;
  listJoin: RegExp;
  fatalitySubset: RegExp;
}

export const eventWordsOf = indexedBy(({ events, text }: Lexicon): EventWords => {
  const cues = new PhraseIndex<EventCue>();
  for (const { phrases, ...cue } of events.cues) {
    for (const phrase of phrases) cues.add(phrase, cue);
  }
  const month = anyOf(text.months);
  const { capturedThings, clauses, victims, landmarks } = events;
  const landmarkSlots = { direction: anyOf(landmarks.directions), unit: anyOf(landmarks.distanceUnits) };
  const leadSuffix = anyOf([landmarks.leadSuffix], { settlement: anyOf(landmarks.settlements) });
  const betweenSuffix = anyOf([landmarks.betweenSuffix], { settlement: anyOf(landmarks.betweenSettlements) });
  const [parentWord, parentArticle] = events.parentLead.split(' ');
  return {
    cues,
    background: wordPattern(String.raw`\b${anyOf(events.background, { month })}`, 'i'),
    hypothetical: wordPattern(String.raw`\b${anyOf(events.hypothetical)}\b`, 'i'),
    capturedThings: wordPattern(
      String.raw`^(\s+${anyOf(capturedThings.determiners, { number: String.raw`\d+` })})*\s+${anyOf(capturedThings.things)}`,
      'i',
    ),
    clauseBreak: wordPattern(
      String.raw`;|,?\s+${anyOf(clauses.conjunctions)}\s|,\s+${anyOf([clauses.coordination]).replace(/ /g, String.raw`\s+`)}\s|\s+${anyOf([clauses.coordination]).replace(/ /g, String.raw`\s+`)}\s+(?=\S+\s+${anyOf(clauses.forceNouns)})`,
      'gi',
    ),
    suffers: wordPattern(
      String.raw`^\s+(?:\w+\s+)?${anyOf(victims.auxiliaries)}\s+(?:\w+\s+)?${anyOf(victims.verbs)}\b`,
      'i',
    ),
    landmarkBefore: wordPattern(
      String.raw`\b(?:${anyOf([landmarks.between])}(?: ${betweenSuffix})?|${anyOf(landmarks.leads, landmarkSlots)}(?: ${leadSuffix})?|${anyOf([landmarks.betweenPair])})\s+$`,
      'i',
    ),
    parentAfter: wordPattern(
      String.raw`^\s*,?\s*${anyOf([parentWord ?? ''])}\s+(?:${anyOf([parentArticle ?? ''])}\s+)?$`,
      'i',
    ),
    listJoin: wordPattern(String.raw`^\s*${anyOf(events.listJoins)}\s*$`, 'i'),
    fatalitySubset: wordPattern(String.raw`\b${anyOf(events.fatalitySubsets)}\b`, 'i'),
  };
});
