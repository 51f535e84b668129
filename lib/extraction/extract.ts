import type { Correction, Mention, ProposedEvent } from '../schema';
import { ACTOR_PASSES, findActors } from './actors';
import { applyCorrections, CORRECTIONS_PASS } from './corrections/apply-corrections';
import { buildUserDictionary, type UserDictionary } from './corrections/user-dictionary';
import { findDates } from './dates';
import { DATE_PASS } from './dates/find-dates';
import { buildDoc } from './doc/doc';
import type { Span } from './doc/spans';
import { EVENT_PASSES, proposeEvents } from './events/propose-events';
import type { LexiconFolders } from './lexicon/lexicon';
import { findNumbers, NUMBER_PASSES } from './numbers';
import { findPlaces, PLACE_PASSES, type Gazetteer } from './places';
import { OVERLAPS_PASS, resolveOverlaps } from './resolve-overlaps';

export interface ExtractInput {
  /** The headline, when the capture read one. */
  title: string;
  text: string;
  /** `YYYY-MM-DD`: the reference for "on Wednesday", "today". */
  publishedAt: string | null;
  /** The article's language (BCP 47), which picks the lexicon; English when unknown. */
  lang?: string | null;
}

export interface Extraction {
  /** In text order, offsets into `text`, at most one mention per stretch of text. */
  mentions: Mention[];
  events: ProposedEvent[];
}

/** Mentions found in one text, and the second stage, events, for when they are wanted. */
export interface FoundMentions {
  /** In text order, offsets into `text`, at most one mention per stretch of text. */
  mentions: Mention[];
  /** The text's sentences, as the extractor split them (the evidence of an event is one of them). */
  sentences: readonly Span[];
  /** Propose events from these mentions (the expensive half of extraction, not needed to highlight). */
  proposeEvents(): ProposedEvent[];
}

export interface Extractor {
  /** Mentions now, events on demand: highlighting need not wait for event proposal. */
  findMentions(input: ExtractInput): FoundMentions;
  /** Both stages at once. */
  extract(input: ExtractInput): Extraction;
}

/** The stages of the extraction pipeline, in order, by the names the README and `--explain` use. */
export const PIPELINE = {
  /** Places first: they rank the countries the article is about (doc.focusCountries), which decide what "the army" or "the rebels" mean. */
  places: PLACE_PASSES.map((pass) => pass.name),
  actors: ACTOR_PASSES.map((pass) => pass.name),
  numbers: NUMBER_PASSES.map((pass) => pass.name),
  dates: [DATE_PASS],
  /** One reading per stretch of text (see the kinds table's rank). */
  overlaps: [OVERLAPS_PASS],
  /** The user's own places, actors and numbers win over the automatic ones. */
  corrections: [CORRECTIONS_PASS],
  /** On demand, once the highlights are up. */
  events: EVENT_PASSES.map((pass) => pass.name),
} as const;

/**
 * The extraction pipeline: text in, one Doc (tokens, sentences, paragraphs, language and lexicon,
 * publication date) built once, the mention finders run over it in PIPELINE's order, then the
 * user's corrections, and the events proposed from the mentions when they are wanted.
 */
export function createExtractor(resources: {
  gazetteer: Gazetteer;
  corrections?: readonly Correction[];
  /** Lexicon folders by language, in place of the shipped ones (a new language, a test). */
  lexicons?: LexiconFolders;
}): Extractor {
  const dictionary: UserDictionary = buildUserDictionary(resources.corrections ?? []);
  const findMentions = (input: ExtractInput): FoundMentions => {
    const doc = buildDoc(input, resources.lexicons);
    const found: Mention[] = [
      ...findPlaces(doc, resources.gazetteer),
      ...findActors(doc),
      ...findNumbers(doc),
      ...findDates(doc),
    ];
    const mentions = applyCorrections(doc, resolveOverlaps(found), dictionary);
    return { mentions, sentences: doc.sentences, proposeEvents: () => proposeEvents(doc, mentions) };
  };
  return {
    findMentions,
    extract(input) {
      const found = findMentions(input);
      return { mentions: found.mentions, events: found.proposeEvents() };
    },
  };
}
