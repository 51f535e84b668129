export interface Span {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const PARAGRAPH_BREAK = /\n\s*\n/g;

/**
 * Sentence spans (trimmed) over the whole text. Paragraph breaks always end a sentence, because
 * headlines and captions often have no full stop.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let paragraphStart = 0;
  PARAGRAPH_BREAK.lastIndex = 0;
  for (;;) {
    const brk = PARAGRAPH_BREAK.exec(text);
    const paragraphEnd = brk ? brk.index : text.length;
    pushSentences(text, paragraphStart, paragraphEnd, spans);
    if (!brk) break;
    paragraphStart = brk.index + brk[0].length;
  }
  return spans;
}

function pushSentences(text: string, from: number, to: number, out: Span[]): void {
  const paragraph = text.slice(from, to);
  for (const { segment, index } of segmenter.segment(paragraph)) {
    const lead = segment.length - segment.trimStart().length;
    const trail = segment.length - segment.trimEnd().length;
    if (segment.length - lead - trail <= 0) continue;
    out.push({ start: from + index + lead, end: from + index + segment.length - trail });
  }
}
