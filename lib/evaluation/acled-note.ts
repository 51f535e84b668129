import { distanceKm } from '../geo/distance';
import type { Mention, ProposedEvent } from '../schema';
import { GEO_TOLERANCE_KM } from './score-article';
import { scoringForm } from './surface-match';

/** The columns of an ACLED event this evaluation reads (ACLED's export names). */
export interface AcledCodedEvent {
  event_id_cnty: string;
  event_date: string;
  event_type: string;
  sub_event_type: string;
  inter1: string;
  location: string;
  latitude: string;
  longitude: string;
  fatalities: string;
  notes: string;
}

/** What the extractor made of one coder's note, against the event the coder coded from it. */
export interface NoteScore {
  id: string;
  eventType: string;
  /** The extractor proposed anything at all. */
  anyProposal: boolean;
  /** A proposal with the coded type, at the coded location (by name, or within 30 km). */
  matched: ProposedEvent | null;
  /** The highest-confidence proposal has the coded type. */
  topTypeRight: boolean;
  /** Some place mention lies within 30 km of the coded location. */
  placeFound: boolean;
  /** Of the matched proposal (false without one). */
  subTypeRight: boolean;
  actor1TypeRight: boolean;
  /** ACLED codes 0 where no deaths are reported; a proposal that says nothing counts as 0. */
  fatalitiesRight: boolean;
  dateRight: boolean;
  /**
   * Of a matched demonstration whose note gives ACLED's crowd size ("[size=hundreds]"), the
   * proposal's crowd-size tag says the same; null otherwise.
   */
  crowdSizeRight: boolean | null;
}

/** The day after an ACLED event: the note is read as an article published then. */
export function dayAfter(isoDate: string): string {
  const next = new Date(`${isoDate}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

export function scoreNote(
  coded: AcledCodedEvent,
  found: { mentions: readonly Mention[]; events: readonly ProposedEvent[] },
): NoteScore {
  const at = { lat: Number(coded.latitude), lon: Number(coded.longitude) };
  const near = (place: { lat: number | null; lon: number | null; name: string } | null) =>
    place !== null &&
    (scoringForm(place.name) === scoringForm(coded.location) ||
      (place.lat !== null &&
        place.lon !== null &&
        distanceKm(at, { lat: place.lat, lon: place.lon }) <= GEO_TOLERANCE_KM));
  const byConfidence = [...found.events].sort((a, b) => b.confidence - a.confidence);
  const matched = byConfidence.find((e) => e.eventType === coded.event_type && near(e.location)) ?? null;
  return {
    id: coded.event_id_cnty,
    eventType: coded.event_type,
    anyProposal: found.events.length > 0,
    matched,
    topTypeRight: byConfidence[0]?.eventType === coded.event_type,
    placeFound: found.mentions.some((m) => m.kind === 'place' && near(m.place)),
    subTypeRight: matched?.subEventType === coded.sub_event_type,
    actor1TypeRight: matched !== null && String(matched.actor1?.inter ?? '') === coded.inter1,
    fatalitiesRight: matched !== null && (matched.fatalities ?? 0) === Number(coded.fatalities || 0),
    dateRight: matched?.date === coded.event_date,
    crowdSizeRight: crowdSizeRight(coded.notes, matched),
  };
}

const sizeWords = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

function crowdSizeRight(note: string, matched: ProposedEvent | null): boolean | null {
  const coded = /\[size=([^\]]*)\]/.exec(note)?.[1];
  if (coded === undefined || !matched || !['Protests', 'Riots'].includes(matched.eventType)) return null;
  const proposed = /(?:^|; )crowd size=([^;]*)/.exec(matched.tags ?? '')?.[1];
  return proposed !== undefined && sizeWords(proposed) === sizeWords(coded);
}

/**
 * The measures of a set of notes: what was proposed, as shares of the notes; how right the matched
 * proposals are (sub-type, actor 1's type, deaths, date), as shares of the notes with one.
 */
export interface NoteFigures {
  notes: number;
  anyProposal: number;
  proposed: number;
  topType: number;
  placeFound: number;
  subType: number;
  actor1Type: number;
  fatalities: number;
  date: number;
  /** Of the proposed demonstrations whose note gives a crowd size, the share tagged with it; null without any. */
  crowdSize: number | null;
}

export function figuresOf(scores: readonly NoteScore[]): NoteFigures {
  const shareOf = (of: readonly NoteScore[], test: (s: NoteScore) => boolean) =>
    of.length === 0 ? 0 : of.filter(test).length / of.length;
  const matched = scores.filter((s) => s.matched !== null);
  const sized = matched.filter((s) => s.crowdSizeRight !== null);
  return {
    notes: scores.length,
    anyProposal: shareOf(scores, (s) => s.anyProposal),
    proposed: matched.length / Math.max(1, scores.length),
    topType: shareOf(scores, (s) => s.topTypeRight),
    placeFound: shareOf(scores, (s) => s.placeFound),
    subType: shareOf(matched, (s) => s.subTypeRight),
    actor1Type: shareOf(matched, (s) => s.actor1TypeRight),
    fatalities: shareOf(matched, (s) => s.fatalitiesRight),
    date: shareOf(matched, (s) => s.dateRight),
    crowdSize: sized.length ? shareOf(sized, (s) => s.crowdSizeRight === true) : null,
  };
}
