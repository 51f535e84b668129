import type { Actor, DateValue, Mention, ProposedEvent } from '../../schema';
import type { Doc, Sentence } from '../doc/doc';
import type { Span } from '../doc/spans';
import type { EventCue } from './lexicon-schema';
import { eventWordsOf, type EventWords } from './event-words';

export type PlaceMention = Extract<Mention, { kind: 'place' }>;
export type ActorMention = Extract<Mention, { kind: 'actor' }>;
export type NumberMention = Extract<Mention, { kind: 'number' }>;
export type DateMention = Extract<Mention, { kind: 'date' }>;

/** The article's mentions of each kind, sorted by start. */
export interface MentionsByKind {
  place: PlaceMention[];
  actor: ActorMention[];
  number: NumberMention[];
  date: DateMention[];
}

export interface FoundCue {
  cue: EventCue;
  /** Offset of the cue word in the text, to tell subjects (before) from objects (after). */
  at: number;
  /** Offset just after the cue's last word. */
  end: number;
  /** The clause's strongest protest cue: it also speaks of a protest, and violence in it may be the protest's. */
  protest: EventCue | null;
}

/** A clause of a reportable sentence, and what the passes have read of it so far. */
export interface Clause extends Span {
  sentence: Sentence;
  date: DateValue;
  /** The sentence named its own date (not one carried over from earlier sentences). */
  explicitDate: boolean;
  /** Its day was named in the text (its own sentence or one before), not taken from the publication date. */
  dayFromText: boolean;
  cue?: FoundCue;
  /** Where it happened; `inherited` when the clause names no place and the paragraph's last one is used. */
  locations?: { place: PlaceMention; inherited: boolean }[];
  /** How many places the clause itself names (an inherited place counts none). */
  namedPlaces?: number;
  actor1?: Actor | null;
  actor2?: Actor | null;
  eventType?: ProposedEvent['eventType'];
  subEventType?: ProposedEvent['subEventType'];
  fatalities?: number | null;
  /** ACLED's tags (a crowd's size). */
  tags?: string;
}

/** The event proposer's work: the Doc, its mentions, the clauses read so far, and the proposals. */
export interface EventWork {
  doc: Doc;
  words: EventWords;
  mentions: MentionsByKind;
  clauses: Clause[];
  proposals: ProposedEvent[];
}

export function eventWorkOf(doc: Doc, mentions: readonly Mention[]): EventWork {
  const byKind: MentionsByKind = { place: [], actor: [], number: [], date: [] };
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    (byKind[mention.kind] as Mention[]).push(mention);
  }
  return { doc, words: eventWordsOf(doc.lexicon), mentions: byKind, clauses: [], proposals: [] };
}

/**
 * Run `visit` over the clauses in order with a value carried from clause to clause within a
 * paragraph (the last actor, the last place): news keeps talking about them until the paragraph
 * ends.
 */
export function withinParagraphs<Carried>(
  clauses: readonly Clause[],
  visit: (clause: Clause, carried: Carried | null) => Carried | null,
): void {
  let paragraph = -1;
  let carried: Carried | null = null;
  for (const clause of clauses) {
    if (clause.sentence.paragraph !== paragraph) {
      paragraph = clause.sentence.paragraph;
      carried = null;
    }
    carried = visit(clause, carried);
  }
}
