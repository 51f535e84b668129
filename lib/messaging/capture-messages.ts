import type { RequestReader } from './listen';
import type { TabMessages } from './tab-messages';

/**
 * The messages the capture content script answers. They carry no payload, so that script needs no
 * schema library: it is the first thing injected when the user asks for an analysis, and every
 * kilobyte it loads delays the highlights. Their replies are parsed by the background, with the
 * schemas of TabMessages.
 */
export const CAPTURE_MESSAGES = ['capture-page', 'capture-selection', 'read-selection', 'ping'] as const;
export type CaptureMessage = (typeof CAPTURE_MESSAGES)[number];
export type CaptureProtocol = Pick<TabMessages, CaptureMessage>;

/** A message for the capture script (its payload, always empty, is not looked at); null for others. */
export const readCaptureRequest: RequestReader<CaptureProtocol> = (raw) => {
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  const known = CAPTURE_MESSAGES.find((message) => message === type);
  return known === undefined ? null : { type: known, payload: {} };
};

/**
 * Where the capture script leaves the article text it captured (the page's or the selection's),
 * for the highlighter in the same isolated world: it aligns the text with the page while the
 * background extracts, and paints the mentions the background finds in it without being sent it.
 */
export const CAPTURED_TEXT = Symbol.for('conflict-reader.captured-text');
