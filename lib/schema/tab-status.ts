import { z } from './zod';
import { CaptureFailureReasonSchema } from './capture-result';
import { HighlightsSchema } from './highlights';
import { MentionKindSchema } from './mention-kind-schema';

/** What the side panel shows for a tab: capture under way, the stored article, or why there is none. */
export const TabStatusSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('capturing'),
    tabId: z.number().int(),
    url: z.string(),
    updatedAt: z.string(),
  }),
  z.object({
    state: z.literal('captured'),
    tabId: z.number().int(),
    url: z.string(),
    articleId: z.string(),
    /** How long reading the page took in the tab, for the user and for the browser tests' budget. */
    captureMs: z.number().nonnegative(),
    /** What extraction found; null when it could not run (see `problem`). */
    extraction: z
      .object({
        counts: z.record(MentionKindSchema, z.number().int().nonnegative()),
        events: z.number().int().nonnegative(),
        /** Time to find the mentions (what highlighting waits for), then to propose events. */
        extractMs: z.number().nonnegative(),
        eventsMs: z.number().nonnegative(),
      })
      .nullable(),
    /** Mentions highlighted in the page and those whose text could not be found there. */
    highlights: HighlightsSchema.nullable(),
    /** A sentence for the user when part of the analysis failed although the article was saved. */
    problem: z.string().nullable(),
    updatedAt: z.string(),
  }),
  z.object({
    state: z.literal('failed'),
    tabId: z.number().int(),
    url: z.string(),
    reason: z.union([
      CaptureFailureReasonSchema,
      z.enum(['not-allowed', 'no-selection', 'storage', 'unresponsive', 'navigated']),
    ]),
    message: z.string(),
    /** Whether offering "analyse the selected text instead" makes sense. */
    canUseSelection: z.boolean(),
    updatedAt: z.string(),
  }),
]);

export type TabStatus = z.infer<typeof TabStatusSchema>;
