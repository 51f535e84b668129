import { z } from './zod';

/** W3C Web Annotation TextQuoteSelector: the quote plus a little context either side. */
export const TextQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});

/** W3C Web Annotation TextPositionSelector: offsets into the article text (a hint when re-anchoring). */
export const TextPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, { message: 'end must not be before start' });

export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;

/** A quote to find again in a page, with its offset in the article text as a hint. */
export const QuoteAnchorSchema = z.object({
  id: z.string(),
  selector: TextQuoteSelectorSchema,
  hint: z.number().int().nonnegative(),
});
export type QuoteAnchor = z.infer<typeof QuoteAnchorSchema>;
