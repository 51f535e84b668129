import { CORRECTIONS_PASS } from '../extraction/corrections/apply-corrections';
import { textKeyOf } from '../messaging/paint-format';
import type { PaintMentions, TabRequest, TabResponse } from '../messaging/tab-messages';
import type { Highlights, Mention, QuoteAnchor } from '../schema';
import { MENTION_KINDS } from '../schema/mention-kind';
import { describeMention } from './describe-mention';

/**
 * The compact paint request for mentions found in `text` (see PaintMentionsSchema). It names the
 * text rather than carrying it: the page captured it and keeps it (see paintInPage). Mentions the
 * user's corrections found or changed are listed as `own`, for the page to draw privately.
 */
export function paintMentionsOf(text: string, mentions: readonly Mention[]): PaintMentions {
  const spans: number[] = [];
  const own: number[] = [];
  let kinds = '';
  for (const [i, mention] of mentions.entries()) {
    spans.push(mention.start, mention.end);
    kinds += MENTION_KINDS[mention.kind].letter;
    if (mention.by?.pass === CORRECTIONS_PASS) own.push(i);
  }
  return { textKey: textKeyOf(text), textLength: text.length, spans, kinds, ...(own.length ? { own } : {}) };
}

/** Each mention's hover card as one string: its title, then its lines, one per line. */
export function mentionCards(mentions: readonly Mention[]): string[] {
  return mentions.map((mention) => {
    const { title, lines } = describeMention(mention);
    // One line per entry: a line break inside an entry would split it in two.
    return [title, ...lines].map((line) => line.replace(/\s+/g, ' ')).join('\n');
  });
}

/** Sends a message to the highlighter in one tab (the background's sendToTab, a fake in tests). */
export type HighlighterSender = <T extends 'paint-mentions' | 'describe-mentions'>(
  type: T,
  payload: TabRequest<T>,
) => Promise<TabResponse<T>>;

/**
 * Highlight mentions of the article `text` in the page, then send their hover cards. The page
 * that captured the text holds it, so the request names it only; a page that no longer does (it
 * was reloaded, or captured another text since) says so, and gets the request again with the text.
 */
export async function paintInPage(
  send: HighlighterSender,
  text: string,
  mentions: readonly Mention[],
  confirmed: readonly QuoteAnchor[],
  paintId: string = crypto.randomUUID(),
): Promise<Highlights> {
  const request = { paintId, mentions: paintMentionsOf(text, mentions), confirmed: [...confirmed] };
  let painted = await send('paint-mentions', request);
  if ('needsText' in painted) {
    painted = await send('paint-mentions', { ...request, mentions: { ...request.mentions, text } });
    if ('needsText' in painted) throw new Error('the page asked again for the text it was sent');
  }
  // The cards only matter on hover: they follow once the highlights are up. A page closed or
  // reloaded meanwhile has nothing to describe, so a failure here is not worth reporting.
  send('describe-mentions', { paintId, cards: mentionCards(mentions) }).catch(() => undefined);
  return painted;
}
