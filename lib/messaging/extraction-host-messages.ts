/**
 * Messages between the background and the document that hosts the extractor where the background
 * may sleep (Chrome's offscreen document; see lib/extraction/service/remote-extraction.ts).
 */
import { AnalysisTimingsSchema } from '../schema/analysis-timings';
import { ArticleSchema } from '../schema/article';
import { z } from '../schema/zod';
import { RuntimeMessages } from './runtime-messages';

const ArticleTextSchema = ArticleSchema.pick({ title: true, text: true, publishedAt: true, lang: true });

/** The article a request is about, and the key its mentions are kept under for its events. */
const ArticleRequestSchema = z.object({ key: z.string().max(100), article: ArticleTextSchema });

/**
 * The events of an article travel as one JSON string: Chrome converts a message's values one by
 * one between processes, and a single string costs next to nothing. They come from the
 * extension's own host, not from a page (see readJson).
 */
const JsonSchema = z.string();

/** What a JSON reply holds (the host wrote it with JSON.stringify from these types). */
export function readJson<T>(json: string): T {
  return JSON.parse(json) as T;
}

/**
 * An article's mentions as the page paints them: a few numbers and letters each, where the
 * mentions themselves would be kilobytes each way for a long page (2,000 mentions: 400 KB, tens
 * of milliseconds between processes, on the highlights' path). Checked again where painted.
 */
const MentionSpansSchema = z.object({
  spans: z.array(z.number()),
  kinds: z.string(),
  own: z.array(z.number()).optional(),
});

const TimingsSchema = AnalysisTimingsSchema.pick({ gazetteerMs: true, warmUpMs: true, extractorMs: true });

export const ExtractionHostMessages = {
  /** Load the gazetteer and the user's corrections (again), and say what it cost. */
  'extractor-load': { request: z.object({}), response: TimingsSchema },
  /** An article's mentions, as spans to paint; its found text is kept for its cards and events. */
  'extractor-find-mentions': { request: ArticleRequestSchema, response: MentionSpansSchema },
  /** The hover cards of an article's mentions (see mentionCards), in their order. */
  'extractor-describe-mentions': {
    request: ArticleRequestSchema,
    response: z.object({ cards: z.array(z.string()) }),
  },
  /** The events of an article whose mentions were found (found again if the host let them go). */
  'extractor-propose-events': {
    request: ArticleRequestSchema,
    /** `events` is a ProposedEvent[]. */
    response: z.object({ events: JsonSchema }),
  },
  /** The event in the sentence(s) holding the user's selection (see eventFromSelection). */
  'extractor-event-from-selection': {
    request: z.object({ article: ArticleTextSchema, selection: z.string(), today: z.string() }),
    /** `event` is a ProposedEvent. */
    response: z.object({ event: JsonSchema }),
  },
  /** The side panel's suggestions, passed on by the background as it received them. */
  'extractor-suggest-places': RuntimeMessages['suggest-places'],
  'extractor-suggest-actors': RuntimeMessages['suggest-actors'],
};
export type ExtractionHostMessages = typeof ExtractionHostMessages;
