import type { Mention, MentionReason, PlaceLevel } from '../../schema/mention';
import type { Doc } from '../doc/doc';
import { calendarWords } from '../text/calendar-words';
import type { EntryId, Gazetteer } from './gazetteer';
import { placeWords, type PlaceWords } from './place-words';

export type PlaceMention = Extract<Mention, { kind: 'place' }>;

export interface FindPlacesOptions {
  /** ISO2 of the article's country when the caller knows it; otherwise inferred from the text. */
  focusCountry?: string;
}

/** Tokens [start, end) of a name. */
export interface TokenSpan {
  start: number;
  end: number;
  /** Character end when a possessive 's is cut off ("Daraya’s"). */
  charEnd?: number;
}

/** A name the gazetteer knows, and what the passes make of it. */
export interface Found {
  span: TokenSpan;
  /** Gazetteer entries under the name: namesakes the disambiguation chooses among. */
  candidates: readonly EntryId[];
  chosen?: EntryId;
  /** Level given by context ("Aleppo Province" → admin1, "Aleppo city" → city). */
  level?: PlaceLevel;
  /** The mention's place name when context makes one ("Eastern Aleppo", "Kharkiv airport"). */
  regionName?: string;
  by: MentionReason;
}

/** A name no dictionary knows (or a namesake too far away), made a place by the words around it. */
export interface Unknown {
  span: TokenSpan;
  level: PlaceLevel;
  by: MentionReason;
}

/** What the places passes share: the article, the gazetteer, and what was found so far. */
export interface PlaceWork {
  readonly doc: Doc;
  readonly gazetteer: Gazetteer;
  readonly words: PlaceWords;
  /** Month and weekday names, capitalised but no places. */
  readonly calendar: ReadonlySet<string>;
  /** The focus country the caller gave, which outranks the text's. */
  readonly givenFocus: string | undefined;
  /** 1 where a token's capital says nothing about a name (see wordStartsSentence). */
  readonly sentenceStart: Uint8Array;
  /** Gazetteer names in text order, then their skeleton variants (locate-unknowns sorts them). */
  found: Found[];
  /** Countries of the demonyms met while scanning ("Syrian" → SY), one per occurrence. */
  demonymCountries: string[];
  /** The countries the article is about, most likely first (also written to `doc.focusCountries`). */
  focus: readonly string[];
  /** The votes behind `focus`: a country that only shares ambiguous names' votes is weakly so. */
  focusVotes: ReadonlyMap<string, number>;
  /** Found names whose chosen place lies in a country the article never names. */
  demoted: Found[];
  /** 1 on tokens that a found name or an unknown place covers. */
  taken: Uint8Array;
  unknowns: Unknown[];
  /** The finder's output, in text order. */
  mentions: PlaceMention[];
}

export function placeWork(doc: Doc, gazetteer: Gazetteer, options: FindPlacesOptions): PlaceWork {
  const words = placeWords(doc.lexicon.places);
  const n = doc.tokens.length;
  const sentenceStart = new Uint8Array(n);
  for (let i = 0; i < n; i++) sentenceStart[i] = wordStartsSentence(doc, words, i) ? 1 : 0;
  return {
    doc,
    gazetteer,
    words,
    calendar: calendarWords(doc.lexicon.text),
    givenFocus: options.focusCountry,
    sentenceStart,
    found: [],
    demonymCountries: [],
    focus: [],
    focusVotes: new Map(),
    demoted: [],
    taken: new Uint8Array(n),
    unknowns: [],
    mentions: [],
  };
}

/**
 * Whether token i is capitalised for where it stands rather than for being a name: it begins one
 * of the Doc's sentences, or follows an opening quote or bracket ("a 'Freedom' rally").
 */
function wordStartsSentence(doc: Doc, words: PlaceWords, i: number): boolean {
  const sentence = doc.sentences[doc.sentenceOfToken[i] as number];
  if (sentence?.firstToken === i) return true;
  const prev = doc.tokens[i - 1];
  return prev !== undefined && !prev.isWord && words.openingMarks.has(prev.norm);
}

/** Mark a span's tokens as taken (or free them with 0). */
export function markTaken(work: PlaceWork, span: TokenSpan, value: 0 | 1 = 1): void {
  work.taken.fill(value, span.start, span.end);
}
