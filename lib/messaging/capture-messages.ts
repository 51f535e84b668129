/**
 * The messages the capture content script answers. They carry no payload, so that script needs no
 * schema library: it is the first thing injected when the user asks for an analysis, and every
 * kilobyte it loads delays the highlights. Their replies are parsed by the background, with the
 * schemas of TabMessages.
 */
export const CAPTURE_MESSAGES = ['capture-page', 'capture-selection', 'read-selection', 'ping'] as const;
export type CaptureMessage = (typeof CAPTURE_MESSAGES)[number];

export function isCaptureMessage(raw: unknown): raw is { type: CaptureMessage } {
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  return (CAPTURE_MESSAGES as readonly unknown[]).includes(type);
}

/** Where the capture script leaves the article text for the highlighter (same isolated world). */
export const CAPTURED_TEXT = Symbol.for('conflict-reader.captured-text');
