/**
 * Messages the background sends to the content scripts in a tab, and the source of their types.
 * The content scripts themselves check what they receive without zod (capture-messages.ts,
 * highlighter-messages.ts); the background parses their replies with these schemas.
 */
import { CaptureResultSchema } from '../schema/capture-result';
import { QuoteAnchorSchema, TextQuoteSelectorSchema } from '../schema/selector';
import { HighlightsSchema } from '../schema/highlights';
import { z } from '../schema/zod';
import type { Handlers, RequestOf, ResponseOf } from './protocol';

/**
 * The mentions to highlight, in compact form: a freshly injected content script parses a
 * 2,000-mention request several times faster as the article text, one array of numbers and a
 * string than as 2,000 small objects, and that parse is on the way to the first highlight.
 * Mention `i` is `text.slice(spans[2i], spans[2i + 1])`, of kind `kinds[i]`. Their hover cards
 * follow in a message of their own ('describe-mentions'), once the highlights are painted.
 */
export const PaintMentionsSchema = z
  .object({
    /** The article text the spans count in (quotes and their context are cut from it). */
    text: z.string(),
    /** Start and end offsets, two per mention, in article order. */
    spans: z.array(z.number()),
    /** One letter per mention (see KIND_LETTERS in kind-letters.ts). */
    kinds: z.string().regex(/^[pand]*$/),
  })
  .superRefine(({ text, spans, kinds }, context) => {
    if (spans.length !== 2 * kinds.length) {
      context.addIssue({ code: 'custom', message: 'spans and kinds must describe the same mentions' });
      return;
    }
    for (let i = 0; i < spans.length; i += 2) {
      const start = spans[i] as number;
      const end = spans[i + 1] as number;
      if (
        !Number.isInteger(start) ||
        !Number.isInteger(end) ||
        start < 0 ||
        end <= start ||
        end > text.length
      ) {
        context.addIssue({ code: 'custom', message: `mention ${i / 2} has a bad span [${start}, ${end})` });
        return;
      }
    }
  });
export type PaintMentions = z.infer<typeof PaintMentionsSchema>;

export const TabMessages = {
  /** Capture the article on this page. */
  'capture-page': { request: z.object({}), response: CaptureResultSchema },
  /** Capture the user's current text selection instead. */
  'capture-selection': { request: z.object({}), response: CaptureResultSchema },
  /** Highlight these mentions in the page (replacing earlier ones). */
  'paint-mentions': {
    request: z.object({
      /** Names this set of mentions, for the hover cards that follow. */
      paintId: z.string(),
      mentions: PaintMentionsSchema,
      /** Evidence of the events the user confirmed on this page before, to mark them again. */
      confirmed: z.array(QuoteAnchorSchema),
    }),
    response: HighlightsSchema,
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
export type TabHandlers<Sender> = Handlers<TabMessages, Sender>;
export type TabRequest<T extends TabMessageType> = RequestOf<TabMessages, T>;
export type TabResponse<T extends TabMessageType> = ResponseOf<TabMessages, T>;
