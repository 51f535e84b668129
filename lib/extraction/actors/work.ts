import type { Actor, MentionReason } from '../../schema/mention';
import type { Doc } from '../doc/doc';
import { calendarWords } from '../text/calendar-words';
import { foldWord } from '../text/fold';
import type { Token } from '../text/tokenize';
import { loadActorDictionary, type ActorDictionary } from './dictionary';
import { dayOf, type ActorContext } from './resolve';
import type { ActorEntry } from './schema';
import { actorWords, type ActorWords, type PossessiveEndings } from './words';

/** A token with its possessive split off ("army’s" → norm "army", possessive) and its sentence/paragraph. */
export interface Tok extends Token {
  possessive: boolean;
  /** Where the word ends without its possessive ending. */
  nameEnd: number;
  sentence: number;
  paragraph: number;
}

/** Which kind of reading found an actor: later passes look for groups and owners among them. */
export type Origin = 'named' | 'person' | 'generic' | 'pattern';

/** Generic armed-opposition wording, which may take the name of a group mentioned nearby. */
export type Contextual = 'opposition' | 'gunmen';

export interface Found {
  startTok: number;
  endTok: number;
  start: number;
  end: number;
  origin: Origin;
  /** Set by the resolve-context pass, once all named groups and the focus country are known. */
  actor: Actor | null;
  resolve: (ctx: ActorContext) => Actor | null;
  contextual?: Contextual;
  by: MentionReason;
}

/** A person whose surname alone names them later: from the dictionary, or acting for a found group. */
export interface Surname {
  entry: ActorEntry | null;
  group: Found | null;
}

/** The actors finder's state, shared by its passes. */
export interface ActorWork {
  readonly doc: Doc;
  readonly text: string;
  readonly dict: ActorDictionary;
  readonly words: ActorWords;
  /** Month and weekday names, capitalised but no names. */
  readonly calendar: ReadonlySet<string>;
  /** The article's focus country (the first of doc.focusCountries, upper case), or null. */
  readonly focus: string | null;
  readonly publishedAt: string | null;
  /** `publishedAt` as a day, for the era of names. */
  readonly day: string | null;
  readonly toks: readonly Tok[];
  /** Paragraphs in title case (headlines), where capitalised words are not names. */
  readonly headlines: ReadonlySet<number>;
  /** Tokens already inside an actor mention (or a source). */
  readonly covered: Uint8Array;
  /** Actors found so far, in the order the passes found them. */
  readonly found: Found[];
  /** Folded surname → who it names. */
  readonly surnames: Map<string, Surname>;
}

/** The actors finder's work over a Doc, in the article's focus country (the places finder's first). */
export function createActorWork(doc: Doc): ActorWork {
  const focus = doc.focusCountries[0] ?? null;
  const words = actorWords(doc.lexicon.actors);
  const toks = prepareTokens(doc, words.possessiveEndings);
  return {
    doc,
    text: doc.text,
    dict: loadActorDictionary(),
    words,
    calendar: calendarWords(doc.lexicon.text),
    focus: focus ? focus.toUpperCase() : null,
    publishedAt: doc.publishedAt,
    day: dayOf(doc.publishedAt),
    toks,
    headlines: new Set(doc.paragraphs.flatMap((p, i) => (p.heading ? [i] : []))),
    covered: new Uint8Array(toks.length),
    found: [],
    surnames: new Map(),
  };
}

/** Tokens with possessives split off, and the sentence and paragraph of each from the Doc. */
function prepareTokens(doc: Doc, possessives: PossessiveEndings): Tok[] {
  const { text, tokens } = doc;
  const out: Tok[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const ending = t.isWord && t.end - t.start > 3 ? possessiveEnding(text, t.end, possessives) : '';
    out[i] = {
      start: t.start,
      end: t.end,
      norm: ending ? t.norm.slice(0, t.norm.length - foldWord(ending).length) : t.norm,
      capitalised: t.capitalised,
      isWord: t.isWord,
      possessive: ending !== '',
      nameEnd: t.end - ending.length,
      sentence: doc.sentenceOfToken[i] as number,
      paragraph: doc.paragraphOfToken[i] as number,
    };
  }
  return out;
}

/** The possessive ending the text has at `end` ("’s", any case), or ''. */
function possessiveEnding(text: string, end: number, possessives: PossessiveEndings): string {
  if (!possessives.lastLetters.has(text.charAt(end - 1))) return '';
  for (const [length, endings] of possessives.byLength) {
    const ending = text.slice(end - length, end).toLowerCase();
    if (endings.has(ending)) return ending;
  }
  return '';
}

/** Mark tokens [s, e) as inside a mention. */
export function mark(work: ActorWork, s: number, e: number): void {
  work.covered.fill(1, s, e);
}

/** Record an actor found over tokens [s, e), to be resolved once all are known. */
export function addFound(
  work: ActorWork,
  s: number,
  e: number,
  found: Pick<Found, 'origin' | 'resolve' | 'by' | 'contextual'>,
): Found {
  const f: Found = {
    startTok: s,
    endTok: e,
    start: (work.toks[s] as Tok).start,
    end: (work.toks[e - 1] as Tok).nameEnd,
    actor: null,
    ...found,
  };
  work.found.push(f);
  return f;
}
