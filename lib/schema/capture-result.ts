import { z } from './zod';
import { ArticleMetadataSchema } from './article';

export const CaptureFailureReasonSchema = z.enum(['no-article', 'empty-page', 'too-large', 'error']);

/** What capturing a page yields before it is stored: the article, or why there is none. */
export const CaptureResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    metadata: ArticleMetadataSchema,
    text: z.string().min(1),
    excerpt: z.string().nullable(),
    warnings: z.array(z.string()),
    durationMs: z.number().nonnegative(),
  }),
  z.object({
    ok: z.literal(false),
    reason: CaptureFailureReasonSchema,
    /** A sentence for the user, shown as is in the side panel. */
    message: z.string(),
    durationMs: z.number().nonnegative(),
  }),
]);

export type CaptureFailureReason = z.infer<typeof CaptureFailureReasonSchema>;
export type CaptureResult = z.infer<typeof CaptureResultSchema>;
export type CaptureSuccess = Extract<CaptureResult, { ok: true }>;
