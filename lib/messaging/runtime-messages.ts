/** Messages the extension's pages (side panel, test bridge) send to the background. */
import { LessonSchema } from '../schema/correction';
import { ActorSchema, PlaceSchema } from '../schema/mention';
import { TextQuoteSelectorSchema } from '../schema/selector';
import { HighlightsSchema } from '../schema/highlights';
import { AnalysisTimingsSchema } from '../schema/analysis-timings';
import { TabStatusSchema } from '../schema/tab-status';
import { z } from '../schema/zod';
import type { Handlers } from './protocol';

export const RuntimeMessages = {
  /** Show an event's evidence in its tab. */
  'show-evidence': {
    request: z.object({
      tabId: z.number().int(),
      selector: TextQuoteSelectorSchema,
      hint: z.number().int().nonnegative(),
    }),
    response: z.object({ found: z.boolean() }),
  },
  /**
   * Teach the extractor about the text selected in the tab, then analyse the tab again so the
   * page shows the correction at once.
   */
  'correct-selection': {
    request: z.object({ tabId: z.number().int(), teach: LessonSchema }),
    response: TabStatusSchema,
  },
  /** Analyse this tab (the panel's own button, same path as the toolbar). */
  'analyse-tab': { request: z.object({ tabId: z.number().int() }), response: TabStatusSchema },
  /** Analyse the selected text in this tab. */
  'analyse-selection': { request: z.object({ tabId: z.number().int() }), response: TabStatusSchema },
  /** Content script: the page changed and its highlights were anchored again. */
  'highlights-changed': { request: z.object({ highlights: HighlightsSchema }), response: z.object({}) },
  /** Make an event from the sentence the user selected in the tab (or find the one already proposed). */
  'event-from-selection': {
    request: z.object({ tabId: z.number().int() }),
    response: z.object({ eventId: z.string(), existing: z.boolean() }),
  },
  /** Places starting with what the user typed, for the event editor (the gazetteer lives in the background). */
  'suggest-places': {
    request: z.object({ query: z.string().max(200), country: z.string().length(2).nullable() }),
    response: z.object({ places: z.array(PlaceSchema) }),
  },
  /** Canonical actors matching what the user typed, named for the event's country and date. */
  'suggest-actors': {
    request: z.object({
      query: z.string().max(200),
      country: z.string().length(2).nullable(),
      date: z.string().nullable(),
    }),
    response: z.object({ actors: z.array(ActorSchema) }),
  },
  /** Chrome's extractor host (its offscreen document): no analysis came for a while, close it. */
  'extraction-host-idle': { request: z.object({}), response: z.object({}) },
  /** Test builds only: analyse the tab that sent this message; `bench` says where the time went. */
  'test:analyse-sender': {
    request: z.object({ selection: z.boolean() }),
    response: z.intersection(TabStatusSchema, z.object({ bench: AnalysisTimingsSchema.optional() })),
  },
  /** Test builds only: press Confirm on the first proposed event in the side panel for the sending tab. */
  'test:confirm-first-event': { request: z.object({}), response: z.object({ eventId: z.string() }) },
  /**
   * Test builds only: open the event log in a tab of its own, as the side panel's button does, for
   * browsers whose automation can't navigate to extension pages.
   */
  'test:open-log': { request: z.object({}), response: z.object({}) },
  /** Test builds only: what the extension has stored and shows, for browsers whose automation can't open extension pages. */
  'test:dump': { request: z.object({}), response: z.unknown() },
  /**
   * Test builds only, for the same browsers: open the event log, report what it shows, edit the
   * first row's death toll to `fatalities` in its row editor, export every event as CSV, and
   * import that file back.
   */
  'test:check-log': {
    request: z.object({ fatalities: z.number().int().nonnegative() }),
    response: z.object({
      rowIds: z.array(z.string()),
      outlines: z.number(),
      markers: z.number(),
      bars: z.number(),
      editedId: z.string(),
      csv: z.string(),
      reimport: z.string(),
    }),
  },
};

export type RuntimeMessages = typeof RuntimeMessages;

/**
 * The runtime messages a content script sends (the highlighter); every other one is accepted only
 * from the extension's own pages (see sender-check.ts).
 */
export const CONTENT_SCRIPT_MESSAGES: readonly (keyof RuntimeMessages)[] = ['highlights-changed'];

/** Test builds only: the messages the test bridge, a content script, sends. */
export const TEST_BRIDGE_MESSAGES: readonly (keyof RuntimeMessages)[] = [
  'test:analyse-sender',
  'test:confirm-first-event',
  'test:dump',
  'test:check-log',
  'test:open-log',
];
export type RuntimeHandlers<Sender> = Handlers<RuntimeMessages, Sender>;
