import type { ExtractionResult, Mention, MentionKind, ProposedEvent } from '../schema';
import { distanceKm } from '../geo/distance';
import type { GoldEvent, GoldFile } from './gold';
import { pairOneToOne, type Counts } from './one-to-one';
import { numericCore, scoringForm, surfacesMatch } from './surface-match';

export const GEO_TOLERANCE_KM = 30;

/** A rate with its parts, so articles add up exactly. */
export interface Ratio {
  hits: number;
  total: number;
}

export interface KindScore extends Counts {
  missed: string[];
  spurious: string[];
}

/**
 * What turning the proposals into the gold events costs a coder: one action per wrong field of a
 * matched proposal (sub-type, date, actor 1, actor 2, fatalities: the type and the place are right
 * by the match), seven for a gold event typed from scratch, one per rejected proposal; against
 * typing every gold event's seven fields. actions / typing is 1.0 when the proposals do not help.
 */
export interface ReviewEffort {
  actions: number;
  typing: number;
}

/** The fields of an event a coder fills in: type, sub-type, date, actor 1, actor 2, place, fatalities. */
export const EVENT_FIELDS = 7;

export interface ArticleScore {
  id: string;
  places: KindScore;
  actors: KindScore;
  numbers: KindScore;
  events: KindScore;
  geocoding: Ratio;
  actorTypes: Ratio;
  numberValues: Ratio;
  numberCategories: Ratio;
  eventDates: Ratio;
  eventFatalities: Ratio;
  reviewEffort: ReviewEffort;
  /** Per attribute, what was wrong, for the list of misses. */
  wrong: string[];
}

type Kind = Exclude<MentionKind, 'date'>;

/**
 * Distinct surfaces, first occurrence kept: the gold lists each surface form once per article, and
 * forms that differ in case ("Syrian Army", "Syrian army") are distinct forms there too. A number's
 * form is distinct per thing counted ("two highways", "two oil fields"), as the gold lists them.
 */
function distinctMentions<K extends Kind>(
  mentions: readonly Mention[],
  kind: K,
): Extract<Mention, { kind: K }>[] {
  const seen = new Map<string, Extract<Mention, { kind: K }>>();
  for (const mention of mentions) {
    if (mention.kind !== kind) continue;
    let key = mention.text.replace(/\s+/g, ' ');
    if (mention.kind === 'number') key += `|${mention.number.category}|${mention.number.of ?? ''}`;
    if (!seen.has(key)) seen.set(key, mention as Extract<Mention, { kind: K }>);
  }
  return [...seen.values()];
}

const exactSurface = (p: { text: string }, g: { surface: string }) =>
  scoringForm(p.text) === scoringForm(g.surface);
const looseSurface = (p: { text: string }, g: { surface: string }) => surfacesMatch(p.text, g.surface);
const sameNumber = (p: { text: string }, g: { surface: string }) =>
  numericCore(p.text) === numericCore(g.surface) && looseSurface(p, g);

function kindScore<P extends { text: string }, G extends { surface: string }>(
  result: ReturnType<typeof pairOneToOne<P, G>>,
): KindScore {
  return {
    tp: result.pairs.length,
    fp: result.unmatchedPredicted.length,
    fn: result.unmatchedGold.length,
    missed: result.unmatchedGold.map((g) => g.surface),
    spurious: result.unmatchedPredicted.map((p) => p.text),
  };
}

export function scoreArticle(result: ExtractionResult, gold: GoldFile): ArticleScore {
  const wrong: string[] = [];

  const places = pairOneToOne(distinctMentions(result.mentions, 'place'), gold.places, [
    exactSurface,
    looseSurface,
  ]);
  const geocoding: Ratio = { hits: 0, total: 0 };
  for (const [p, g] of places.pairs) {
    if (g.lat === null || g.lon === null) continue;
    geocoding.total++;
    const { lat, lon } = p.place;
    const km = lat === null || lon === null ? Infinity : distanceKm({ lat, lon }, { lat: g.lat, lon: g.lon });
    if (km <= GEO_TOLERANCE_KM) geocoding.hits++;
    else
      wrong.push(
        `place "${g.surface}": placed at ${p.place.name} (${lat}, ${lon}), ${km.toFixed(0)} km from gold`,
      );
  }

  const actors = pairOneToOne(distinctMentions(result.mentions, 'actor'), gold.actors, [
    exactSurface,
    looseSurface,
  ]);
  const actorTypes: Ratio = { hits: 0, total: actors.pairs.length };
  for (const [p, g] of actors.pairs) {
    if (p.actor.inter === g.inter) actorTypes.hits++;
    else
      wrong.push(
        `actor "${g.surface}": inter ${p.actor.inter} (${p.actor.canonical}), gold ${g.inter} (${g.canonical})`,
      );
  }

  const numbers = pairOneToOne(distinctMentions(result.mentions, 'number'), gold.numbers, [
    exactSurface,
    sameNumber,
    looseSurface,
  ]);
  const numberValues: Ratio = { hits: 0, total: numbers.pairs.length };
  const numberCategories: Ratio = { hits: 0, total: numbers.pairs.length };
  for (const [p, g] of numbers.pairs) {
    if (p.number.value === g.value) numberValues.hits++;
    else wrong.push(`number "${g.surface}": value ${p.number.value}, gold ${g.value}`);
    if (p.number.category === g.category) numberCategories.hits++;
    else wrong.push(`number "${g.surface}": category ${p.number.category}, gold ${g.category}`);
  }

  const goldPlaceByName = new Map(gold.places.map((g) => [scoringForm(g.name), g]));
  const samePlaceName = (p: ProposedEvent, g: GoldEvent) =>
    p.eventType === g.eventType &&
    p.location !== null &&
    g.location !== null &&
    scoringForm(p.location.name) === scoringForm(g.location);
  const nearbyPlace = (p: ProposedEvent, g: GoldEvent) => {
    if (p.eventType !== g.eventType || !p.location || !g.location) return false;
    const place = goldPlaceByName.get(scoringForm(g.location));
    const { lat, lon } = p.location;
    if (!place || place.lat === null || place.lon === null || lat === null || lon === null) return false;
    return distanceKm({ lat, lon }, { lat: place.lat, lon: place.lon }) <= GEO_TOLERANCE_KM;
  };
  const events = pairOneToOne(result.events, gold.events, [samePlaceName, nearbyPlace]);
  const eventDates: Ratio = { hits: 0, total: events.pairs.length };
  const eventFatalities: Ratio = { hits: 0, total: events.pairs.length };
  for (const [p, g] of events.pairs) {
    if (p.date === g.date) eventDates.hits++;
    else wrong.push(`event at ${g.location}: date ${p.date}, gold ${g.date}`);
    if (p.fatalities === g.fatalities) eventFatalities.hits++;
    else wrong.push(`event at ${g.location}: fatalities ${p.fatalities}, gold ${g.fatalities}`);
  }
  const reviewEffort: ReviewEffort = {
    actions:
      events.pairs.reduce((sum, [p, g]) => sum + wrongFields(p, g), 0) +
      EVENT_FIELDS * events.unmatchedGold.length +
      events.unmatchedPredicted.length,
    typing: EVENT_FIELDS * gold.events.length,
  };
  const describeEvent = (e: { eventType: string; subEventType: string }, where: string | null | undefined) =>
    `${e.eventType} / ${e.subEventType} at ${where ?? '?'}`;

  return {
    id: gold.id,
    places: kindScore(places),
    actors: kindScore(actors),
    numbers: kindScore(numbers),
    events: {
      tp: events.pairs.length,
      fp: events.unmatchedPredicted.length,
      fn: events.unmatchedGold.length,
      missed: events.unmatchedGold.map(
        (g) => `${describeEvent(g, g.location)}: “${g.evidence.slice(0, 90)}…”`,
      ),
      spurious: events.unmatchedPredicted.map(
        (p) => `${describeEvent(p, p.location?.name)}: “${p.evidence.text.slice(0, 90)}…”`,
      ),
    },
    geocoding,
    actorTypes,
    numberValues,
    numberCategories,
    eventDates,
    eventFatalities,
    reviewEffort,
    wrong,
  };
}

/** How many of a matched proposal's fields the coder must correct. */
function wrongFields(p: ProposedEvent, g: GoldEvent): number {
  const sameActor = (actor: ProposedEvent['actor1'], name: string | null) =>
    (actor?.canonical ?? null) === null
      ? name === null
      : name !== null && scoringForm(actor?.canonical ?? '') === scoringForm(name);
  return [
    p.subEventType === g.subEventType,
    p.date === g.date,
    sameActor(p.actor1, g.actor1),
    sameActor(p.actor2, g.actor2),
    p.fatalities === g.fatalities,
  ].filter((right) => !right).length;
}
