import { z } from 'zod';
import {
  ActorSchema,
  CaptureResultSchema,
  MentionKindSchema,
  TabStatusSchema,
  TextQuoteSelectorSchema,
} from '../schema';

/** One mention to highlight: its kind, its quote in the article text and where it sat there. */
export const PaintItemSchema = z.object({
  kind: MentionKindSchema,
  selector: TextQuoteSelectorSchema,
  /** Offset in the article text, a hint for where to look in the page. */
  hint: z.number().int().nonnegative(),
  /** Its normalised meaning, for the hover card (see describeMention). */
  title: z.string(),
  lines: z.array(z.string()),
});
export type PaintItem = z.infer<typeof PaintItemSchema>;

/** What the user says about a stretch of text (see Lesson in lib/storage/correction-store). */
export const TeachSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('not-entity'), entityKind: z.enum(['place', 'actor', 'number']) }),
  z.object({ action: z.literal('add-actor-alias'), actor: ActorSchema }),
]);
export type Teach = z.infer<typeof TeachSchema>;

/**
 * Every message the extension's parts exchange, with the reply each one expects. Senders and
 * receivers parse both sides with these schemas, so nothing unchecked crosses a context boundary.
 */
export const MessageSchemas = {
  /** Background → content script: capture the article on this page. */
  'capture-page': { request: z.object({}), response: CaptureResultSchema },
  /** Background → content script: capture the user's current text selection instead. */
  'capture-selection': { request: z.object({}), response: CaptureResultSchema },
  /** Background → content script: highlight these mentions in the page (replacing earlier ones). */
  'paint-mentions': {
    request: z.object({
      items: z.array(PaintItemSchema),
      /** Evidence of the events the user confirmed on this page before, to mark them again. */
      confirmed: z.array(
        z.object({ id: z.string(), selector: TextQuoteSelectorSchema, hint: z.number().int().nonnegative() }),
      ),
    }),
    response: z.object({
      painted: z.number().int().nonnegative(),
      orphans: z.number().int().nonnegative(),
      /** Confirmed events whose evidence is no longer in the page. */
      confirmedOrphans: z.array(z.string()),
      anchorMs: z.number().nonnegative(),
      paintMs: z.number().nonnegative(),
    }),
  },
  /** Background → content script: scroll to a quote and flash it. */
  'flash-quote': {
    request: z.object({ selector: TextQuoteSelectorSchema, hint: z.number().int().nonnegative() }),
    response: z.object({ found: z.boolean() }),
  },
  /** Side panel → background: show an event's evidence in its tab. */
  'show-evidence': {
    request: z.object({
      tabId: z.number().int(),
      selector: TextQuoteSelectorSchema,
      hint: z.number().int().nonnegative(),
    }),
    response: z.object({ found: z.boolean() }),
  },
  /** Background → content script: is the content script already in this page? */
  ping: { request: z.object({}), response: z.object({ ready: z.literal(true) }) },
  /** Background → content script: the text the user has selected in the page. */
  'read-selection': { request: z.object({}), response: z.object({ text: z.string() }) },
  /**
   * Side panel → background: teach the extractor about the text selected in the tab, then analyse
   * the tab again so the page shows the correction at once.
   */
  'correct-selection': {
    request: z.object({ tabId: z.number().int(), teach: TeachSchema }),
    response: TabStatusSchema,
  },
  /** Side panel → background: analyse this tab (the panel's own button, same path as the toolbar). */
  'analyse-tab': { request: z.object({ tabId: z.number().int() }), response: TabStatusSchema },
  /** Side panel → background: analyse the selected text in this tab. */
  'analyse-selection': { request: z.object({ tabId: z.number().int() }), response: TabStatusSchema },
  /** Test builds only: analyse the tab that sent this message. */
  'test:analyse-sender': { request: z.object({ selection: z.boolean() }), response: TabStatusSchema },
  /** Test builds only: press Confirm on the first proposed event in the side panel for the sending tab. */
  'test:confirm-first-event': { request: z.object({}), response: z.object({ eventId: z.string() }) },
  /** Test builds only: what the extension has stored and shows, for browsers whose automation can't open extension pages. */
  'test:dump': { request: z.object({}), response: z.unknown() },
} as const;

export type MessageType = keyof typeof MessageSchemas;
export type MessageRequest<T extends MessageType> = z.infer<(typeof MessageSchemas)[T]['request']>;
export type MessageResponse<T extends MessageType> = z.infer<(typeof MessageSchemas)[T]['response']>;

export const MESSAGE_TYPES = Object.keys(MessageSchemas) as MessageType[];

export const EnvelopeSchema = z.object({
  type: z.enum(MESSAGE_TYPES as [MessageType, ...MessageType[]]),
  payload: z.unknown(),
});
export type Envelope = z.infer<typeof EnvelopeSchema>;
