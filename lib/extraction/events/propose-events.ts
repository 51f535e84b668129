import type { Actor, Mention, ProposedEvent, TimePrecision } from '../../schema';
import { COARSE_LEVELS, eventLocationOf } from './event-location';
import { distanceKm } from '../../geo/distance';
import type { Token } from '../text/tokenize';
import type { Span } from '../text/sentences';
import { isBackgroundSentence } from './background';
import { eventCueIndex, type EventCue } from './event-cues';
import { mergeDuplicateEvents } from './merge-events';

type PlaceMention = Extract<Mention, { kind: 'place' }>;
type ActorMention = Extract<Mention, { kind: 'actor' }>;
type NumberMention = Extract<Mention, { kind: 'number' }>;
type DateMention = Extract<Mention, { kind: 'date' }>;

export interface ProposeEventsInput {
  text: string;
  /** The text's tokens (see tokenize), reused to read each clause's event cues. */
  tokens: readonly Token[];
  sentences: readonly Span[];
  /** All mentions of the article, any order. */
  mentions: readonly Mention[];
  /** `YYYY-MM-DD`; events without a date of their own get the latest date the article gave. */
  publishedAt: string | null;
}

/** Dates further back than this are history, not the news being reported. */
const MAX_EVENT_AGE_DAYS = 31;
/** After "captured", these objects mean seized goods or people, not territory. */
const CAPTURED_THINGS =
  /^(\s+(some|several|large|small|a|an|the|their|its|of|quantities|amounts|numbers|dozens|\d+))*\s+(ammunition|weapons?|arms|gear|vehicles?|tanks?|equipment|fighters|soldiers|militants|troops|prisoners|members|supplies|documents|drones?|rifles|boats?)/i;
/** Clause boundaries inside one sentence: each clause may report its own event. */
const CLAUSE_BREAK =
  /;|,?\s+while\s|,?\s+whereas\s|,\s+and\s+the\s|\s+and\s+the\s+(?=\S+\s+(warplanes|jets|aircraft|air force|artillery|troops|army|forces))/gi;

/**
 * Propose ACLED-style events, one per (clause, place), from sentences that report something
 * happening. Each proposal keeps its evidence sentence; duplicates (same date, place and type)
 * are merged.
 */
export function proposeEvents(input: ProposeEventsInput): ProposedEvent[] {
  const byKind = groupMentions(input.mentions);
  const proposals: ProposedEvent[] = [];
  const publication = input.publishedAt ? { iso: input.publishedAt, precision: 1 as TimePrecision } : null;
  let currentDate = publication;
  let previousActor1: Actor | null = null;
  let previousPlace: PlaceMention | null = null;
  let paragraphStart = -1;

  for (const sentence of input.sentences) {
    const sentenceText = input.text.slice(sentence.start, sentence.end);
    const newParagraph = isNewParagraph(input.text, paragraphStart, sentence.start);
    if (newParagraph) {
      paragraphStart = sentence.start;
      previousActor1 = null;
      previousPlace = null;
    }
    const sentenceDates = within(byKind.date, sentence);
    const dates = sentenceDates.filter((d) => !isHistory(d, input.publishedAt));
    const explicitDate = dates[0]?.date ?? null;
    if (explicitDate && explicitDate.precision === 1) currentDate = explicitDate;

    // Not events to code: history ("last year", "since 2011"), subheadings that sum up the
    // paragraph below them, and what would or will happen.
    if (isBackgroundSentence(sentenceText) || isHeading(sentenceText) || isHypothetical(sentenceText))
      continue;
    if (sentenceDates.length > 0 && dates.length === 0) continue;
    const date = explicitDate ?? currentDate;
    if (!date) continue;

    for (const clause of clausesOf(input.text, sentence)) {
      const cue = strongestCue(input.text, tokensWithin(input.tokens, clause), clause);
      if (!cue) continue;
      const places = specificPlaces(within(byKind.place, clause), input.text);
      const actors = within(byKind.actor, clause);
      const { actor1, actor2 } = chooseActors(
        input.text,
        actors,
        cue,
        previousActor1,
        within(byKind.actor, sentence),
      );
      const fatalities =
        places.length <= 1 ? attributedFatalities(within(byKind.number, clause), sentenceText) : null;
      const { eventType, subEventType } = typeOf(cue.cue, actor1, actor2);

      const locations: { place: PlaceMention; inherited: boolean }[] = places.length
        ? places.map((place) => ({ place, inherited: false }))
        : previousPlace
          ? [{ place: previousPlace, inherited: true }]
          : [];
      for (const { place, inherited } of locations) {
        proposals.push({
          date: date.iso,
          timePrecision: date.precision,
          eventType,
          subEventType,
          actor1,
          actor2,
          location: eventLocationOf(place.place, inherited),
          fatalities,
          evidence: { start: sentence.start, end: sentence.end, text: sentenceText },
          confidence: confidenceOf({ actor1, actor2, inherited, explicitDate: explicitDate !== null }),
        } as ProposedEvent);
      }
      if (actor1) previousActor1 = actor1;
      if (places.length) previousPlace = places[places.length - 1] ?? previousPlace;
    }
  }
  return mergeDuplicateEvents(proposals);
}

interface MentionsByKind {
  place: PlaceMention[];
  actor: ActorMention[];
  number: NumberMention[];
  date: DateMention[];
}

function groupMentions(mentions: readonly Mention[]): MentionsByKind {
  const groups: MentionsByKind = { place: [], actor: [], number: [], date: [] };
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    (groups[mention.kind] as Mention[]).push(mention);
  }
  return groups;
}

/** The first index whose start is at or after `offset` (items sorted by start). */
function firstAtOrAfter(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as { start: number }).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function tokensWithin(tokens: readonly Token[], span: Span): readonly Token[] {
  const from = firstAtOrAfter(tokens, span.start);
  let to = from;
  while (to < tokens.length && (tokens[to] as Token).end <= span.end) to++;
  return tokens.slice(from, to);
}

/** Mentions inside a span (the lists are sorted by start). */
function within<M extends Mention>(mentions: readonly M[], span: Span): M[] {
  const found: M[] = [];
  for (
    let i = firstAtOrAfter(mentions, span.start);
    i < mentions.length && (mentions[i] as M).start < span.end;
    i++
  ) {
    if ((mentions[i] as M).end <= span.end) found.push(mentions[i] as M);
  }
  return found;
}

function isNewParagraph(text: string, paragraphStart: number, sentenceStart: number): boolean {
  if (paragraphStart < 0) return true;
  return text.slice(paragraphStart, sentenceStart).includes('\n');
}

function clausesOf(text: string, sentence: Span): Span[] {
  const body = text.slice(sentence.start, sentence.end);
  const clauses: Span[] = [];
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(body); m; m = CLAUSE_BREAK.exec(body)) {
    if (m.index > from) clauses.push({ start: sentence.start + from, end: sentence.start + m.index });
    from = m.index + m[0].length;
  }
  clauses.push({ start: sentence.start + from, end: sentence.end });
  return clauses;
}

interface FoundCue {
  cue: EventCue;
  /** Offset of the cue word in the text, to tell subjects (before) from objects (after). */
  at: number;
}

function strongestCue(text: string, tokens: readonly Token[], clause: Span): FoundCue | null {
  let best: FoundCue | null = null;
  for (const match of eventCueIndex().findAll(tokens)) {
    const first = tokens[match.startToken] as Token;
    const last = tokens[match.endToken - 1] as Token;
    for (const cue of match.values) {
      if (cue.territory && CAPTURED_THINGS.test(text.slice(last.end, Math.min(clause.end, last.end + 60))))
        continue;
      if (!best || cue.priority > best.cue.priority) best = { cue, at: first.start };
    }
  }
  return best;
}

/**
 * Where the event happened: the most specific places named. Countries and provinces count only
 * when nothing finer is named; a city gives way to a place within it or beside it ("29 died in
 * Aleppo, 11 in Haydariya"); places named only as landmarks ("between the towns of X and Y",
 * "near X", "5 km from X") give way to the place they locate.
 */
function specificPlaces(places: PlaceMention[], text: string): PlaceMention[] {
  // "X in Y": Y only says where X is. "near X and Y": both are landmarks.
  const parent = new Set<PlaceMention>();
  const landmarks = new Set<PlaceMention>();
  places.forEach((p, i) => {
    const previous = places[i - 1];
    const between = previous ? text.slice(previous.end, p.start) : '';
    if (previous && PARENT_AFTER.test(between)) parent.add(p);
    if (LANDMARK_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start))) landmarks.add(p);
    else if (previous && landmarks.has(previous) && LIST_JOIN.test(between)) landmarks.add(p);
  });
  const withoutParents = places.filter((p) => !parent.has(p));
  places = withoutParents.length ? withoutParents : places;
  // Landmarks give way only to a place at least as specific: "near Djibo in Burkina Faso" is at Djibo.
  const located = places.filter((p) => !landmarks.has(p) && !COARSE_LEVELS.has(p.place.level));
  let chosen = located.length ? located : places;
  const fine = chosen.filter((p) => !COARSE_LEVELS.has(p.place.level));
  chosen = fine.length ? fine : chosen.slice(0, 1);
  chosen = chosen.filter(
    (p) => !CONTAINER_LEVELS.has(p.place.level) || !chosen.some((q) => q !== p && isWithin(q.place, p.place)),
  );
  const seen = new Set<string>();
  return chosen.filter((p) => {
    const key = `${p.place.name}|${p.place.country}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const CONTAINER_LEVELS = new Set(['city']);
const PARENT_AFTER = /^\s*,?\s*in\s+(the\s+)?$/i;
const LIST_JOIN = /^\s*(,|and|, and|or)\s*$/i;
/** A finer place this close to a named city is inside it (its district, camp or suburb). */
const CONTAINER_RADIUS_KM = 15;
const LANDMARK_BEFORE =
  /\b(between( the (towns?|villages?|cities) of)?|(near|nearby|close to|outskirts of|(north|south|east|west|northeast|northwest|southeast|southwest)(ern)? of|(kilometres|kilometers|km|miles|metres|meters) (from|of))( the (towns?|villages?|city) of)?|between [^,.;]+ and)\s+$/i;

/** A district or neighbourhood near a named city is part of it: the event is coded there. */
function isWithin(inner: PlaceMention['place'], outer: PlaceMention['place']): boolean {
  if (inner.level !== 'district' || inner.country !== outer.country) return false;
  if (inner.lat === null || inner.lon === null || outer.lat === null || outer.lon === null) return false;
  return (
    distanceKm({ lat: inner.lat, lon: inner.lon }, { lat: outer.lat, lon: outer.lon }) <= CONTAINER_RADIUS_KM
  );
}

/** A title-case line without a full stop: a headline or subheading. */
function isHeading(sentence: string): boolean {
  if (/[.!?…"”]$/.test(sentence.trim())) return false;
  const words = sentence.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  if (words.length < 3) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.6;
}

const HYPOTHETICAL =
  /\b(would|will|shall|plans? to|planning to|aims? to|intends? to|threaten(s|ed)? to|expected to|is set to|are set to|may|might)\b/i;

/** Plans, threats and forecasts are not events yet. */
function isHypothetical(sentence: string): boolean {
  return HYPOTHETICAL.test(sentence);
}

/** "20 insurgents were killed": an actor that things happen to is never the one acting. */
const SUFFERS =
  /^\s+(?:\w+\s+)?(?:were|was|have been|has been|had been|are|is|being)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt|captured|arrested|detained|abducted|kidnapped|targeted|hit|shelled|bombed|attacked|ambushed|repelled|pushed back|forced)\b/i;

function chooseActors(
  text: string,
  actors: ActorMention[],
  found: FoundCue,
  previousActor1: Actor | null,
  sentenceActors: ActorMention[],
): { actor1: Actor | null; actor2: Actor | null } {
  const suffers = (a: ActorMention) => SUFFERS.test(text.slice(a.end, a.end + 40));
  const victims = actors.filter((a) => a.actor.inter !== 7 && suffers(a));
  const armed = actors.filter((a) => a.actor.inter !== 7 && !suffers(a));
  const civilians = (actors.length ? actors : sentenceActors).find((a) => a.actor.inter === 7)?.actor ?? null;
  // An actor that starts before the cue is its subject, even when the cue word is inside its
  // mention ("US jets struck").
  const before = armed.filter((a) => a.start < found.at);
  const after = armed.filter((a) => a.start >= found.at);
  // A defender ("X repelled Y's attack") is not the attacker: for repel cues, look after the cue only for actor 2.
  const subject = before[0]?.actor ?? (found.cue.repel ? undefined : after[0]?.actor);
  let actor1: Actor | null = subject ?? previousActor1;
  let actor2 =
    [...victims, ...after, ...before].find((a) => actor1 === null || a.actor.canonical !== actor1.canonical)
      ?.actor ?? null;
  if (found.cue.repel && actor2) [actor1, actor2] = [actor2, actor1];
  if (!actor2 && civilians && found.cue.eventType !== 'Battles') actor2 = civilians;
  return { actor1, actor2 };
}

function typeOf(
  cue: EventCue,
  actor1: Actor | null,
  actor2: Actor | null,
): Pick<EventCue, 'eventType' | 'subEventType'> {
  if (!cue.territory) return cue;
  if (actor1?.inter === 1 || (actor1?.inter === 3 && actor2?.inter !== 1)) {
    return { eventType: 'Battles', subEventType: 'Government regains territory' };
  }
  if (actor1) return { eventType: 'Battles', subEventType: 'Non-state actor overtakes territory' };
  return { eventType: 'Battles', subEventType: 'Armed clash' };
}

/**
 * Deaths the clause attributes, by ACLED's conservative reading: stated figures only (vague
 * amounts such as "dozens" leave it unknown); figures listed as "including" a subset are not
 * added to their total.
 */
function attributedFatalities(numbers: NumberMention[], sentence: string): number | null {
  const killed = numbers
    .filter((n) => n.number.category === 'killed' && !n.number.vague && n.number.value !== null)
    .map((n) => n.number.value as number);
  if (!killed.length) return null;
  const total = /\bincluding\b|\bof whom\b|\bamong them\b/i.test(sentence)
    ? Math.max(...killed)
    : killed.reduce((a, b) => a + b, 0);
  return Math.round(total);
}

function isHistory(date: DateMention, publishedAt: string | null): boolean {
  if (!publishedAt) return false;
  const age = (Date.parse(publishedAt) - Date.parse(date.date.iso)) / 86_400_000;
  return age > MAX_EVENT_AGE_DAYS;
}

function confidenceOf(facts: {
  actor1: Actor | null;
  actor2: Actor | null;
  inherited: boolean;
  explicitDate: boolean;
}): number {
  let confidence = 0.45;
  if (facts.actor1) confidence += 0.2;
  if (facts.actor2) confidence += 0.1;
  if (!facts.inherited) confidence += 0.15;
  if (facts.explicitDate) confidence += 0.05;
  return Math.min(0.95, Math.round(confidence * 100) / 100);
}
