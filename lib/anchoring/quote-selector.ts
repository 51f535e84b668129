/**
 * Build W3C TextQuoteSelectors from offsets into the captured article text. Pure: no DOM.
 */
import type { TextQuoteSelector } from '../schema/selector';

/** Characters of context kept either side of a quote (the W3C selector's prefix and suffix). */
export const DEFAULT_QUOTE_CONTEXT = 32;

/**
 * The selector for `text.slice(start, end)`, with up to `context` characters of `text` either
 * side. The context never starts or ends in the middle of a surrogate pair.
 */
export function quoteSelectorFor(
  text: string,
  start: number,
  end: number,
  context = DEFAULT_QUOTE_CONTEXT,
): TextQuoteSelector {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) {
    throw new RangeError(`quoteSelectorFor: bad span [${start}, ${end}) for a text of ${text.length}`);
  }
  const width = Math.max(0, Math.floor(context));
  let prefix = text.slice(Math.max(0, start - width), start);
  let suffix = text.slice(end, end + width);
  if (prefix.length > 0 && isLowSurrogate(prefix.charCodeAt(0))) prefix = prefix.slice(1);
  if (suffix.length > 0 && isHighSurrogate(suffix.charCodeAt(suffix.length - 1)))
    suffix = suffix.slice(0, -1);
  return { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix, suffix };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
