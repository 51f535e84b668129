import { CORRECTIONS_PASS } from '../extraction/corrections/apply-corrections';
import { KIND_OF_LETTER, textKeyOf } from '../messaging/paint-format';
import type { PaintMentions, TabRequest, TabResponse } from '../messaging/tab-messages';
import type { Highlights, Mention, QuoteAnchor } from '../schema';
import { MENTION_KINDS, perKind, type MentionKind } from '../schema/mention-kind';
import { describeMention } from './describe-mention';

/** Mentions as the page paints them: their offsets, a letter per kind, the user's own (see PaintMentionsSchema). */
export type MentionSpans = Pick<PaintMentions, 'spans' | 'kinds' | 'own'>;

/**
 * Mentions ready to paint: their spans, and their hover cards for when the highlights are up.
 * Compact, so an extractor in another document can hand them over quickly.
 */
export interface PaintableMentions {
  spans: MentionSpans;
  cards(): Promise<string[]>;
}

/** The spans of mentions; those the user's corrections found or changed are listed as `own`, for the page to draw privately. */
export function mentionSpansOf(mentions: readonly Mention[]): MentionSpans {
  const spans: number[] = [];
  const own: number[] = [];
  let kinds = '';
  for (const [i, mention] of mentions.entries()) {
    spans.push(mention.start, mention.end);
    kinds += MENTION_KINDS[mention.kind].letter;
    if (mention.by?.pass === CORRECTIONS_PASS) own.push(i);
  }
  return { spans, kinds, ...(own.length ? { own } : {}) };
}

/** Mentions found here, ready to paint. */
export function paintable(mentions: readonly Mention[]): PaintableMentions {
  return { spans: mentionSpansOf(mentions), cards: async () => mentionCards(mentions) };
}

/** How many mentions of each kind the spans hold. */
export function countKinds(kinds: string): Record<MentionKind, number> {
  const counts = perKind(() => 0);
  for (const letter of kinds) {
    const kind = KIND_OF_LETTER[letter];
    if (kind) counts[kind]++;
  }
  return counts;
}

/**
 * The compact paint request for mentions found in `text` (see PaintMentionsSchema). It names the
 * text rather than carrying it: the page captured it and keeps it (see paintInPage).
 */
export function paintMentionsOf(text: string, mentions: readonly Mention[]): PaintMentions {
  return paintRequestOf(text, mentionSpansOf(mentions));
}

const paintRequestOf = (text: string, spans: MentionSpans): PaintMentions => ({
  textKey: textKeyOf(text),
  textLength: text.length,
  ...spans,
});

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
  mentions: PaintableMentions,
  confirmed: readonly QuoteAnchor[],
  paintId: string = crypto.randomUUID(),
): Promise<Highlights> {
  const request = { paintId, mentions: paintRequestOf(text, mentions.spans), confirmed: [...confirmed] };
  let painted = await send('paint-mentions', request);
  if ('needsText' in painted) {
    painted = await send('paint-mentions', { ...request, mentions: { ...request.mentions, text } });
    if ('needsText' in painted) throw new Error('the page asked again for the text it was sent');
  }
  // The cards only matter on hover: they follow once the highlights are up. A page closed or
  // reloaded meanwhile has nothing to describe, so a failure here is not worth reporting.
  mentions
    .cards()
    .then((cards) => send('describe-mentions', { paintId, cards }))
    .catch(() => undefined);
  return painted;
}
