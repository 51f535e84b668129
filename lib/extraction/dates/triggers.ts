/** Characters of context kept on each side of a trigger: enough for "Monday, 7 May 2023". */
const REACH = 32;

/** Longest merged window handed to chrono in one call. */
const MAX_WINDOW = 400;

export interface Window {
  start: number;
  end: number;
}

/**
 * Merged, non-overlapping windows of text around the words that can start or end a date
 * (`trigger`, DateWords.trigger), in text order: a cheap pre-filter, so chrono runs on small
 * windows and most of a long text is never handed to it.
 */
export function dateWindows(text: string, trigger: RegExp): Window[] {
  const windows: Window[] = [];
  const re = new RegExp(trigger.source, trigger.flags);
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    const start = snapBack(text, Math.max(0, match.index - REACH));
    const end = snapForward(text, Math.min(text.length, match.index + match[0].length + REACH));
    const last = windows[windows.length - 1];
    // Merge neighbours, but never into one huge window: chrono's cost grows faster than the text.
    if (last && start <= last.end && end - last.start <= MAX_WINDOW) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows;
}

/** Move a window edge to a word boundary so no number or name is cut in half (bounded look). */
function snapBack(text: string, index: number): number {
  let i = index;
  const floor = Math.max(0, index - 16);
  while (i > floor && !/\s/.test(text.charAt(i - 1))) i -= 1;
  return i;
}

function snapForward(text: string, index: number): number {
  let i = index;
  const ceiling = Math.min(text.length, index + 16);
  while (i < ceiling && !/\s/.test(text.charAt(i))) i += 1;
  return i;
}
