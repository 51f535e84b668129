import { z } from './zod';

/** Mentions highlighted in a page, those whose text could not be found there, and timings. */
export const HighlightsSchema = z.object({
  painted: z.number().int().nonnegative(),
  orphans: z.number().int().nonnegative(),
  /** Ids of confirmed events whose evidence sentence is no longer in the page. */
  confirmedOrphans: z.array(z.string()),
  /** Time to find the mentions in the page, and to draw them. */
  anchorMs: z.number().nonnegative(),
  paintMs: z.number().nonnegative(),
  /** When the highlights were in place, in the page's clock (ms since its time origin). */
  paintedAt: z.number().nonnegative(),
});
export type Highlights = z.infer<typeof HighlightsSchema>;
