import { describe, expect, it } from 'vitest';
import {
  countKinds,
  mentionCards,
  mentionSpansOf,
  paintInPage,
  paintMentionsOf,
  paintable,
  type HighlighterSender,
} from '@/lib/highlights/paint-request';
import { CORRECTIONS_PASS } from '@/lib/extraction/corrections/apply-corrections';
import { textKeyOf } from '@/lib/messaging/paint-format';
import type { TabRequest } from '@/lib/messaging/tab-messages';
import type { Highlights, Mention } from '@/lib/schema';
import { KUPIANSK_MENTIONS } from '../support/kupiansk-mentions';

const TEXT = 'Drones struck Kupiansk on Tuesday.';
const MENTIONS: Mention[] = KUPIANSK_MENTIONS;
const HIGHLIGHTS: Highlights = {
  painted: 2,
  orphans: 0,
  confirmedOrphans: [],
  anchorMs: 1,
  paintMs: 1,
  paintedAt: 10,
};

type Sent = { type: string; payload: unknown };

/** A tab whose highlighter holds `held` (or no text), recording what it is sent. */
function tab(
  held: string | null,
  describe: () => Promise<{ described: boolean }> = async () => ({ described: true }),
) {
  const sent: Sent[] = [];
  const send = (async (type: string, payload: unknown) => {
    sent.push({ type, payload });
    if (type === 'describe-mentions') return describe();
    const { mentions } = payload as TabRequest<'paint-mentions'>;
    const holds = mentions.text !== undefined || (held !== null && textKeyOf(held) === mentions.textKey);
    return holds ? HIGHLIGHTS : { needsText: true };
  }) as HighlighterSender;
  return { send, sent };
}

describe('the paint request', () => {
  it('names the text its spans count in, with one letter per kind', () => {
    expect(paintMentionsOf(TEXT, MENTIONS)).toEqual({
      textKey: textKeyOf(TEXT),
      textLength: TEXT.length,
      spans: [14, 22, 26, 33],
      kinds: 'pd',
    });
  });

  it('lists the mentions that only the user’s corrections found or changed as their own', () => {
    const taught: Mention[] = MENTIONS.map((mention, i) =>
      i === 0 ? { ...mention, by: { pass: CORRECTIONS_PASS, rule: 'your place' } } : mention,
    );
    expect(paintMentionsOf(TEXT, taught).own).toEqual([0]);
    expect(paintMentionsOf(TEXT, MENTIONS)).not.toHaveProperty('own');
  });

  it('counts the mentions of each kind from their letters, as the spans travel', () => {
    expect(countKinds(mentionSpansOf(MENTIONS).kinds)).toEqual({ place: 1, actor: 0, number: 0, date: 1 });
    expect(countKinds('')).toEqual({ place: 0, actor: 0, number: 0, date: 0 });
  });

  it('names different texts differently', () => {
    expect(textKeyOf(TEXT)).toBe(textKeyOf(`${TEXT}`));
    expect(textKeyOf(TEXT)).not.toBe(textKeyOf(TEXT.replace('Tuesday', 'Thursda')));
    expect(textKeyOf('')).not.toBe(textKeyOf(' '));
  });
});

describe('paintInPage', () => {
  it('does not send the text back to the page that captured it, and sends the cards after', async () => {
    const { send, sent } = tab(TEXT);
    await expect(paintInPage(send, TEXT, paintable(MENTIONS), [], 'p-1')).resolves.toEqual(HIGHLIGHTS);
    expect(sent.map((m) => m.type)).toEqual(['paint-mentions', 'describe-mentions']);
    expect((sent[0]?.payload as TabRequest<'paint-mentions'>).mentions).not.toHaveProperty('text');
    expect(sent[1]?.payload).toEqual({ paintId: 'p-1', cards: mentionCards(MENTIONS) });
  });

  it('sends the text to a page that no longer holds it (reloaded, or captured another since)', async () => {
    for (const held of [null, 'Talks resumed in Geneva.']) {
      const { send, sent } = tab(held);
      await expect(paintInPage(send, TEXT, paintable(MENTIONS), [], 'p-1')).resolves.toEqual(HIGHLIGHTS);
      expect(sent.map((m) => m.type)).toEqual(['paint-mentions', 'paint-mentions', 'describe-mentions']);
      expect((sent[1]?.payload as TabRequest<'paint-mentions'>).mentions.text).toBe(TEXT);
    }
  });

  it('fails when the page asks for the text it was sent', async () => {
    const send = (async () => ({ needsText: true })) as HighlighterSender;
    await expect(paintInPage(send, TEXT, paintable(MENTIONS), [])).rejects.toThrow(/asked again/);
  });

  it('does not fail for cards a page closed meanwhile could not take', async () => {
    const { send } = tab(TEXT, async () => {
      throw new Error('the tab was closed');
    });
    await expect(paintInPage(send, TEXT, paintable(MENTIONS), [])).resolves.toEqual(HIGHLIGHTS);
  });
});
