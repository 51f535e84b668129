/**
 * Messages the background sends to the content scripts in a tab, and the source of their types.
 * The content scripts themselves check what they receive without zod (capture-messages.ts,
 * highlighter-messages.ts); the background parses their replies with these schemas.
 */
import { CaptureResultSchema } from '../schema/capture-result';
import { QuoteAnchorSchema, TextQuoteSelectorSchema } from '../schema/selector';
import { HighlightsSchema } from '../schema/highlights';
import { z } from '../schema/zod';
import { KINDS_PATTERN, spansProblem } from './paint-format';
import type { RequestOf, ResponseOf } from './protocol';

/**
 * The mentions to highlight, in compact form: a freshly injected content script parses a
 * 2,000-mention request several times faster as one array of numbers and a string than as 2,000
 * small objects, and that parse is on the way to the first highlight. Mention `i` is
 * `text.slice(spans[2i], spans[2i + 1])`, of kind `kinds[i]`, where `text` is the article text
 * named by `textKey`. The page captured that text itself and keeps it, so the text travels back
 * only when the page no longer holds it (it answers `needsText`, see 'paint-mentions'). Their
 * hover cards follow in a message of their own ('describe-mentions'), once the highlights are
 * painted.
 */
export const PaintMentionsSchema = z
  .object({
    /** The article text the spans count in, named (see textKeyOf). */
    textKey: z.string(),
    /** Its length, so the spans can be checked without it. */
    textLength: z.number().int().nonnegative(),
    /** The text itself, only for a page that does not hold it (quotes and context are cut from it). */
    text: z.string().optional(),
    /** Start and end offsets, two per mention, in article order. */
    spans: z.array(z.number()),
    /** One letter per mention (see MENTION_KINDS). */
    kinds: z.string().regex(KINDS_PATTERN),
    /**
     * The mentions (by index, ascending) that only the user's own corrections found: the page
     * draws them where page script cannot read them (see PrivateLayer).
     */
    own: z.array(z.number()).optional(),
  })
  .superRefine((mentions, context) => {
    const problem = spansProblem(mentions);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });
export type PaintMentions = z.infer<typeof PaintMentionsSchema>;

export const TabMessages = {
  /** Capture the article on this page. */
  'capture-page': { request: z.object({}), response: CaptureResultSchema },
  /** Capture the user's current text selection instead. */
  'capture-selection': { request: z.object({}), response: CaptureResultSchema },
  /**
   * Highlight these mentions in the page (replacing earlier ones). A page that does not hold the
   * text they count in paints nothing and answers `needsText`: the request is sent again with it.
   */
  'paint-mentions': {
    request: z.object({
      /** Names this set of mentions, for the hover cards that follow. */
      paintId: z.string(),
      mentions: PaintMentionsSchema,
      /** Evidence of the events the user confirmed on this page before, to mark them again. */
      confirmed: z.array(QuoteAnchorSchema),
    }),
    response: z.union([HighlightsSchema, z.object({ needsText: z.literal(true) })]),
  },
  /** The hover cards of painted mentions: title, then lines, one per line (see describeMention). */
  'describe-mentions': {
    request: z.object({ paintId: z.string(), cards: z.array(z.string()) }),
    response: z.object({ described: z.boolean() }),
  },
  /** Scroll to a quote and flash it. */
  'flash-quote': {
    request: z.object({ selector: TextQuoteSelectorSchema, hint: z.number().int().nonnegative() }),
    response: z.object({ found: z.boolean() }),
  },
  /** Is the content script already in this page? */
  ping: { request: z.object({}), response: z.object({ ready: z.literal(true) }) },
  /** The text the user has selected in the page. */
  'read-selection': { request: z.object({}), response: z.object({ text: z.string() }) },
};

export type TabMessages = typeof TabMessages;
export type TabMessageType = keyof TabMessages;
export type TabRequest<T extends TabMessageType> = RequestOf<TabMessages, T>;
export type TabResponse<T extends TabMessageType> = ResponseOf<TabMessages, T>;
