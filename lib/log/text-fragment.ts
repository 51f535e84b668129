/** Words taken from each end of a long quote: enough to be unique, short enough to survive edits. */
const EDGE_WORDS = 5;

/**
 * A link that opens a page scrolled to a quote and highlighted (a URL text fragment,
 * `#:~:text=`, which Chrome and Firefox follow). Long quotes use `start,end` so small changes in
 * the middle of the sentence don't break the link. Any fragment the URL had is replaced.
 */
export function textFragmentUrl(url: string, quote: string): string {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return url;
  const base = url.split('#')[0] as string;
  const directive =
    words.length <= EDGE_WORDS * 2
      ? encodePart(words.join(' '))
      : `${encodePart(words.slice(0, EDGE_WORDS).join(' '))},${encodePart(words.slice(-EDGE_WORDS).join(' '))}`;
  return `${base}#:~:text=${directive}`;
}

/** Percent-encode a text fragment part: `-`, `,` and `&` have meanings there and must be escaped. */
function encodePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}
