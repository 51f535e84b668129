import type { Correction, Mention, ProposedEvent } from '../schema';
import { findActors } from './actors';
import { applyCorrections } from './corrections/apply-corrections';
import { buildUserDictionary, type UserDictionary } from './corrections/user-dictionary';
import { findDates } from './dates';
import { proposeEvents } from './events/propose-events';
import { findNumbers } from './numbers';
import { findPlaces, type Gazetteer } from './places';
import { resolveOverlaps } from './resolve-overlaps';
import { buildDoc } from './doc/doc';
import type { LexiconFolders } from './lexicon/lexicon';

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
  /** Propose events from these mentions (the expensive half of extraction, not needed to highlight). */
  proposeEvents(): ProposedEvent[];
}

export interface Extractor {
  /** Mentions now, events on demand: highlighting need not wait for event proposal. */
  findMentions(input: ExtractInput): FoundMentions;
  /** Both stages at once. */
  extract(input: ExtractInput): Extraction;
}

/**
 * The extraction pipeline: text in, mentions and proposed events out. Places come first because
 * the country they point to decides what "the army" or "the rebels" mean; the user's corrections
 * are applied to the mentions before events are proposed from them.
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
    return {
      mentions,
      proposeEvents: () => proposeEvents(doc, mentions),
    };
  };
  return {
    findMentions,
    extract(input) {
      const found = findMentions(input);
      return { mentions: found.mentions, events: found.proposeEvents() };
    },
  };
}
