import { z } from './zod';

/**
 * Test builds only: where an analysis spent its time in the background, for `npm run bench:page`.
 * Instants are epoch milliseconds (time origin + `performance.now()`), so they compare with the
 * page's clock; durations are those of the analysis's steps as the background saw them.
 */
export const AnalysisTimingsSchema = z.object({
  /** The background's time origin: when this service worker or event page started. */
  backgroundStartedAt: z.number(),
  /** When the background had set up its listeners. */
  backgroundReadyAt: z.number(),
  /** When the analysis request reached its handler. */
  receivedAt: z.number(),
  /** Starting the extractor's host (Chrome's offscreen document; 0 when it ran, and in Firefox). */
  hostMs: z.number().nonnegative(),
  /** Fetching and loading the shipped gazetteer (near 0 when it was already loaded). */
  gazetteerMs: z.number().nonnegative(),
  /** The extraction warm-up run while the gazetteer's bytes arrive (0 once done in this background). */
  warmUpMs: z.number().nonnegative(),
  /** The rest of loading the extractor after the gazetteer (the user's corrections, read meanwhile). */
  extractorMs: z.number().nonnegative(),
  /** Injecting the content script, then the capture's round trip to the page. */
  injectMs: z.number().nonnegative(),
  captureRoundTripMs: z.number().nonnegative(),
  /** When the extractor was ready, and when the capture had come back. */
  extractorReadyAt: z.number(),
  capturedAt: z.number(),
});
export type AnalysisTimings = z.infer<typeof AnalysisTimingsSchema>;

/** Now, in epoch milliseconds. */
export const epochNow = (): number => performance.timeOrigin + performance.now();
