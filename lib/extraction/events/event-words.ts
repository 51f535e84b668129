/**
 * The event proposer's phrase lists (doc.lexicon.events) compiled into the matchers its passes
 * use, once per lexicon.
 */
import { indexedBy, type Lexicon } from '../lexicon/lexicon';
import { anyOf, wordPattern } from '../lexicon/phrase-pattern';
import { PhraseIndex } from '../matcher/phrase-index';
import type { EventCue, EventLexicon } from './lexicon-schema';

export interface EventWords {
  cues: PhraseIndex<EventCue>;
  background: RegExp;
  /** Matches plan words and modals that make the verb just after them a plan or threat ("threatened to attack", "will attack"; global). */
  hypothetical: RegExp;
  /** Matches a modal verb (global: every one of a clause). */
  modal: RegExp;
  /** Matches a relative word ("that", "which"): what follows is a clause of its own. */
  relative: RegExp;
  /** Matches what may lie between a subject and its verb: a few words, no relative clause. */
  subjectGap: RegExp;
  /** Matches the words after an interception cue when they name a manned aircraft ("shot down two helicopters"). */
  mannedAircraftAfter: RegExp;
  /** Matches the words after a territory cue when they name seized things ("captured 20 rifles"). */
  capturedThings: RegExp;
  /** Matches the words before violence that a protest is about ("against the killing"). */
  grievanceBefore: RegExp;
  /** Matches words that make the act just after them an accusation ("charged with attacking"; global). */
  allegation: RegExp;
  clauseBreak: RegExp;
  /** Matches what lies between two joined cues: the joiner and at most one word. */
  cueJoin: RegExp;
  /** Words that point back ("the wounded", "this attack"): violence after one was told before. */
  anaphora: ReadonlySet<string>;
  /** Matches the words right before an actor that make it a civilian ("off-duty"). */
  offDutyBefore: RegExp;
  /** Matches the words right before a cue that make it passive ("were repelled"). */
  passiveBefore: RegExp;
  /** Cue words that are a labour strike in a protest's clause. */
  labourStrikes: ReadonlySet<string>;
  /** Matches the words after an actor that make it a source ("the army said"), not a party. */
  speaks: RegExp;
  /** Matches the words between a cue and an actor that make the actor its agent ("killed by"). */
  agentLead: RegExp;
  /** Matches the words after a cue when they name an armed side's post ("attacked a checkpoint"). */
  armedTargetAfter: RegExp;
  /** The same, right before a name: "launched by Russia", "by the United States". */
  agentJustBefore: RegExp;
  /** Matches the words after an actor when things happen to it ("were killed"). */
  suffers: RegExp;
  /** Matches the words before a place named only as a landmark ("near", "5 km from"). */
  landmarkBefore: RegExp;
  /** Matches the words before a place that make it a gathering's venue ("summit in"). */
  gatheringBefore: RegExp;
  /** Matches the words before a place that make it a route's end ("links"). */
  routeBefore: RegExp;
  /** Matches the words after a place that make it a gathering's name ("Munich Security Conference"). */
  gatheringAfter: RegExp;
  /** Matches the words after a place that make it an owner ("Russia's"). */
  ownerAfter: RegExp;
  /** Matches the words between two places when the second only says where the first is ("in"). */
  parentAfter: RegExp;
  listJoin: RegExp;
  fatalitySubset: RegExp;
  /** Nouns a crowd is counted in ("protesters", "people"). */
  crowdMembers: ReadonlySet<string>;
  /** Matches one person killed, written without a number ("a farmer was shot dead", "killed a trader"). */
  oneDeath: RegExp;
}

export const eventWordsOf = indexedBy(({ events, text, actors }: Lexicon): EventWords => {
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
    // A modal governs the verb it comes just before: "would" in "… against plans that would cut
    // pay" says nothing of the protest before it.
    hypothetical: wordPattern(
      String.raw`\b${anyOf([...events.hypothetical, ...events.modals.verbs])}\b`,
      'gi',
    ),
    modal: wordPattern(String.raw`\b${anyOf(events.modals.verbs)}\b`, 'gi'),
    relative: wordPattern(String.raw`\b${anyOf(events.modals.relatives)}\b`, 'i'),
    subjectGap: wordPattern(
      String.raw`^,?(?:\s+(?!${anyOf(events.modals.relatives)}\b)[^\s;]+){0,6}\s+$`,
      'i',
    ),
    allegation: wordPattern(String.raw`\b${anyOf(events.allegationLeads)}\b`, 'gi'),
    grievanceBefore: wordPattern(String.raw`\b${anyOf(events.grievanceLeads)}\b`, 'i'),
    mannedAircraftAfter: wordPattern(String.raw`^(?:\s+\S+){0,7}?\s+${anyOf(events.mannedAircraft)}\b`, 'i'),
    capturedThings: wordPattern(
      String.raw`^(\s+${anyOf(capturedThings.determiners, { number: String.raw`\d+` })})*\s+${anyOf(capturedThings.things)}`,
      'i',
    ),
    cueJoin: wordPattern(String.raw`^\s+${anyOf([clauses.joiner])}\s+(?:\S+\s+)?$`, 'i'),
    anaphora: new Set(events.anaphora),
    labourStrikes: new Set(events.labourStrikes),
    passiveBefore: wordPattern(String.raw`\b${anyOf(victims.auxiliaries)}\s+(?:\w+\s+)?$`, 'i'),
    offDutyBefore: wordPattern(String.raw`\b${anyOf(events.offDuty)}\s+(?:\S+\s+)?$`, 'i'),
    clauseBreak: wordPattern(
      String.raw`;|,?\s+${anyOf(clauses.conjunctions)}\s|,\s+${anyOf([clauses.coordination]).replace(/ /g, String.raw`\s+`)}\s|\s+${anyOf([clauses.coordination]).replace(/ /g, String.raw`\s+`)}\s+(?=\S+\s+${anyOf(clauses.forceNouns)})`,
      'gi',
    ),
    speaks: wordPattern(String.raw`^\s+(?:\S+\s+){0,2}?${anyOf(actors.reportingVerbs)}\b`, 'i'),
    agentLead: wordPattern(String.raw`\b${anyOf(events.agentLeads)}\s+(?:\S+\s+){0,3}$`, 'i'),
    armedTargetAfter: wordPattern(String.raw`^(?:\s+\S+){0,4}?\s+${anyOf(events.armedTargets)}\b`, 'i'),
    agentJustBefore: wordPattern(String.raw`\b${anyOf(events.agentLeads)}\s+(?:\S+\s+)?$`, 'i'),
    suffers: wordPattern(
      String.raw`^\s+(?:\w+\s+)?${anyOf(victims.auxiliaries)}\s+(?:\w+\s+)?${anyOf(victims.verbs)}\b`,
      'i',
    ),
    gatheringBefore: wordPattern(String.raw`\b${anyOf(events.mereMentions.gatherings)}\b[^.;]{0,30}$`, 'i'),
    routeBefore: wordPattern(String.raw`\b${anyOf(events.mereMentions.routes)}\b[^.;]{0,30}$`, 'i'),
    gatheringAfter: wordPattern(
      String.raw`^(?:\s+\S+){0,2}\s+${anyOf(events.mereMentions.gatherings)}\b`,
      'i',
    ),
    ownerAfter: wordPattern(String.raw`^${anyOf(actors.possessiveEndings)}\b`, 'iu'),
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
    crowdMembers: new Set(events.crowdMembers),
    oneDeath: oneDeathPattern(events.oneDeath, events.victims.auxiliaries),
  };
});

function oneDeathPattern(
  { determiners, people, killings }: EventLexicon['oneDeath'],
  auxiliaries: readonly string[],
): RegExp {
  const person = String.raw`\b${anyOf(determiners)}\s+(?:\S+\s+){0,3}?${anyOf(people)}`;
  const killed = anyOf(killings);
  return wordPattern(
    String.raw`${person}\s+(?:${anyOf(auxiliaries)}\s+)?${killed}\b|\b${killed}\s+${person}\b`,
    'i',
  );
}
