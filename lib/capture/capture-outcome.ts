/**
 * Building blocks shared by page and selection capture: the failure result, the messages users
 * read (shown as is in the side panel), and the few text helpers both need.
 */
import type { CaptureFailureReason, CaptureResult } from '../schema';
import { errorMessage } from '../error-message';

/** Default upper bound on stored text: about 30,000 words, far beyond any news article. */
export const DEFAULT_MAX_CHARS = 200_000;

/** The side panel's button for the selection fallback; messages point users at it by name. */
const SELECTION_BUTTON = '“Analyse selected text”';

export const MESSAGES = {
  emptyPage:
    'This page has no text to analyse. If it is still loading, wait until it has finished and try again.',
  noArticle: `This page doesn't look like an article. Select the text you want to analyse and choose ${SELECTION_BUTTON}.`,
  tooLarge: `This page is too large to find the article in. Select the text you want to analyse and choose ${SELECTION_BUTTON}.`,
  emptySelection: `No text is selected. Select the text you want to analyse on the page, then choose ${SELECTION_BUTTON} again.`,
  error: (detail: string) =>
    `Something went wrong while reading this page (${detail}). Reload the page and try again, or select the text and choose ${SELECTION_BUTTON}.`,
  truncated: (kept: number, total: number) =>
    `The text is very long; only the first ${kept.toLocaleString('en')} of ${total.toLocaleString('en')} characters were kept.`,
} as const;

/** The caller's limit when it is a positive number, else the default. */
export function maxCharsOrDefault(maxChars: number | undefined): number {
  return maxChars !== undefined && Number.isFinite(maxChars) && maxChars > 0
    ? Math.floor(maxChars)
    : DEFAULT_MAX_CHARS;
}

export function captureFailure(
  reason: CaptureFailureReason,
  message: string,
  startedAt: number,
): CaptureResult {
  return { ok: false, reason, message, durationMs: elapsedSince(startedAt) };
}

/** Milliseconds since `startedAt` (a `performance.now()` reading), never negative. */
export function elapsedSince(startedAt: number): number {
  return Math.max(0, performance.now() - startedAt);
}

/** A title for text that came without one: its first line, shortened at a word boundary. */
export function titleFromText(text: string, maxChars = 100): string {
  const firstLine = text.split('\n', 1)[0]?.trim() ?? '';
  if (firstLine.length <= maxChars) return firstLine;
  const cut = firstLine.slice(0, maxChars);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Short description of an unknown thrown value for a user-facing message. */
export function describeError(error: unknown): string {
  const text = errorMessage(error);
  const single = text.replace(/\s+/g, ' ').trim() || 'unknown error';
  return single.length > 120 ? `${single.slice(0, 119)}…` : single;
}
