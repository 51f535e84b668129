import { KIND_LETTERS } from '../messaging/paint-format';
import type { PaintMentions } from '../messaging/tab-messages';
import type { Mention } from '../schema';
import { describeMention } from './describe-mention';

/** The compact paint request for mentions found in `text` (see PaintMentionsSchema). */
export function paintMentionsOf(text: string, mentions: readonly Mention[]): PaintMentions {
  const spans: number[] = [];
  let kinds = '';
  for (const mention of mentions) {
    spans.push(mention.start, mention.end);
    kinds += KIND_LETTERS[mention.kind];
  }
  return { text, spans, kinds };
}

/** Each mention's hover card as one string: its title, then its lines, one per line. */
export function mentionCards(mentions: readonly Mention[]): string[] {
  return mentions.map((mention) => {
    const { title, lines } = describeMention(mention);
    // One line per entry: a line break inside an entry would split it in two.
    return [title, ...lines].map((line) => line.replace(/\s+/g, ' ')).join('\n');
  });
}
