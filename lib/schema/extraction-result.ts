import { z } from './zod';
import { ProposedEventSchema } from './event';
import { MentionSchema } from './mention';

/** What extracting one article yields; the command line prints exactly this, one object per line. */
export const ExtractionResultSchema = z.object({
  source: z.string(),
  article: z.object({
    title: z.string(),
    siteName: z.string().nullable(),
    publishedAt: z.string().nullable(),
    lang: z.string().nullable(),
    text: z.string(),
  }),
  mentions: z.array(MentionSchema),
  events: z.array(ProposedEventSchema),
  timings: z.object({ captureMs: z.number().nonnegative(), extractMs: z.number().nonnegative() }),
});

export type ExtractionResult = z.infer<typeof ExtractionResultSchema>;
