/**
 * Messages between the background and the document that hosts the extractor where the background
 * may sleep (Chrome's offscreen document; see lib/extraction/service/remote-extraction.ts).
 */
import type { Span } from '../extraction/doc/spans';
import type { Mention, ProposedEvent } from '../schema';
import { ActorSchema, PlaceSchema } from '../schema/mention';
import { z } from '../schema/zod';

const ArticleTextSchema = z.object({
  title: z.string(),
  text: z.string(),
  publishedAt: z.string().nullable(),
  lang: z.string().nullable(),
});

/** The article a request is about, and the key its mentions are kept under for its events. */
const ArticleRequestSchema = z.object({ key: z.string().max(100), article: ArticleTextSchema });

/**
 * A large reply from the extension's own host, not from a page: it is not parsed field by field
 * (2,000 mentions would cost the highlights tens of milliseconds), only checked for its shape; the
 * highlighter parses what it paints.
 */
const listOf = <T>() => z.custom<readonly T[]>((value) => Array.isArray(value), 'expected a list');

const TimingsSchema = z.object({
  gazetteerMs: z.number(),
  warmUpMs: z.number(),
  extractorMs: z.number(),
});

export const ExtractionHostMessages = {
  /** Load the gazetteer and the user's corrections (again), and say what it cost. */
  'extractor-load': { request: z.object({}), response: TimingsSchema },
  /** An article's mentions and sentences; its found text is kept for its events. */
  'extractor-find-mentions': {
    request: ArticleRequestSchema,
    response: z.object({ mentions: listOf<Mention>(), sentences: listOf<Span>() }),
  },
  /** The events of an article whose mentions were found (found again if the host let them go). */
  'extractor-propose-events': {
    request: ArticleRequestSchema,
    response: z.object({ events: listOf<ProposedEvent>() }),
  },
  'extractor-suggest-places': {
    request: z.object({ query: z.string().max(200), country: z.string().length(2).nullable() }),
    response: z.object({ places: z.array(PlaceSchema) }),
  },
  'extractor-suggest-actors': {
    request: z.object({
      query: z.string().max(200),
      country: z.string().length(2).nullable(),
      date: z.string().nullable(),
    }),
    response: z.object({ actors: z.array(ActorSchema) }),
  },
};
export type ExtractionHostMessages = typeof ExtractionHostMessages;
