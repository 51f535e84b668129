import type { Correction, Mention, ProposedEvent } from '../schema';
import { ACTOR_PASSES, findActors } from './actors';
import { applyCorrections, CORRECTIONS_PASS } from './corrections/apply-corrections';
import { buildUserDictionary, type UserDictionary } from './corrections/user-dictionary';
import { findDates } from './dates';
import { DATE_PASS } from './dates/find-dates';
import { buildDoc, type Doc } from './doc/doc';
import type { Span } from './doc/spans';
import { foldText, originalSpan } from './text/fold-text';
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

export interface ExtractorResources {
  gazetteer: Gazetteer;
  corrections?: readonly Correction[];
  /** Lexicon folders by language, in place of the shipped ones (a new language, a test). */
  lexicons?: LexiconFolders;
}

/** Told how long each stage of findMentions took, in ms (for benchmarks; see PIPELINE's stages). */
export type StageTimer = (stage: string, ms: number) => void;

export interface ExtractorOptions {
  onStage?: StageTimer;
}

/** A finder of mentions: its passes' names, and how it runs over a Doc. */
interface MentionFinder {
  stage: string;
  passes: readonly string[];
  find(doc: Doc, resources: ExtractorResources): Mention[];
}

const namesOf = (passes: readonly { name: string }[]) => passes.map((pass) => pass.name);

/**
 * The mention finders, run in this order over one Doc. Places come first: their focus-countries
 * pass ranks the countries the article is about (doc.focusCountries), which decide what "the
 * army" or "the rebels" mean to the actors finder.
 */
const MENTION_FINDERS: readonly MentionFinder[] = [
  { stage: 'places', passes: namesOf(PLACE_PASSES), find: (doc, r) => findPlaces(doc, r.gazetteer) },
  { stage: 'actors', passes: namesOf(ACTOR_PASSES), find: (doc) => findActors(doc) },
  { stage: 'numbers', passes: namesOf(NUMBER_PASSES), find: (doc) => findNumbers(doc) },
  { stage: 'dates', passes: [DATE_PASS], find: (doc) => findDates(doc) },
];

/** The stages of the extraction pipeline, in the order they run, by the names mentions carry. */
export const PIPELINE: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(MENTION_FINDERS.map((finder) => [finder.stage, finder.passes])),
  /** One reading per stretch of text (see the kinds table's rank). */
  overlaps: [OVERLAPS_PASS],
  /** The user's own places, actors and numbers win over the automatic ones. */
  corrections: [CORRECTIONS_PASS],
  /** On demand, once the highlights are up. */
  events: namesOf(EVENT_PASSES),
};

/**
 * The extraction pipeline: text in, one Doc (tokens, sentences, paragraphs, language and lexicon,
 * publication date) built once, the mention finders run over it in order, one reading kept per
 * stretch of text, then the user's corrections, and the events proposed from the mentions when
 * they are wanted.
 */
export function createExtractor(resources: ExtractorResources, options: ExtractorOptions = {}): Extractor {
  const dictionary: UserDictionary = buildUserDictionary(resources.corrections ?? []);
  const { onStage } = options;
  const timed = <T>(stage: string, run: () => T): T => {
    if (!onStage) return run();
    const started = performance.now();
    const result = run();
    onStage(stage, performance.now() - started);
    return result;
  };
  const findMentions = (input: ExtractInput): FoundMentions => {
    // Every pass reads the folded text (see foldText); what they find is given back in offsets
    // into the text as it came.
    const { folded, doc } = timed('doc', () => {
      const folded = foldText(input.text);
      const title = foldText(input.title).text;
      return { folded, doc: buildDoc({ ...input, text: folded.text, title }, resources.lexicons) };
    });
    const found = MENTION_FINDERS.flatMap((finder) => timed(finder.stage, () => finder.find(doc, resources)));
    const resolved = timed('overlaps', () => resolveOverlaps(found));
    const mentions = timed('corrections', () => applyCorrections(doc, resolved, dictionary));
    const { map } = folded;
    if (!map && folded.text === input.text) {
      return { mentions, sentences: doc.sentences, proposeEvents: () => proposeEvents(doc, mentions) };
    }
    const inText = <T extends Span & { text: string }>(span: T): T => {
      const original = originalSpan(map, span);
      return { ...original, text: input.text.slice(original.start, original.end) };
    };
    return timed('offsets', () => ({
      mentions: mentions.map(inText),
      sentences: doc.sentences.map((sentence) => originalSpan(map, sentence)),
      proposeEvents: () =>
        proposeEvents(doc, mentions).map((event) => ({ ...event, evidence: inText(event.evidence) })),
    }));
  };
  return {
    findMentions,
    extract(input) {
      const found = findMentions(input);
      return { mentions: found.mentions, events: found.proposeEvents() };
    },
  };
}
