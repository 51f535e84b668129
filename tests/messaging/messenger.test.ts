import { describe, expect, it } from 'vitest';
import {
  dispatchMessage,
  RuntimeMessages,
  sendTyped,
  TabMessages,
  type RuntimeHandlers,
} from '@/lib/messaging';

const captured = {
  state: 'captured',
  tabId: 7,
  url: 'https://news.example/a',
  articleId: 'a-1',
  captureMs: 12,
  extraction: null,
  highlights: null,
  problem: null,
  updatedAt: '2024-01-01T00:00:00.000Z',
} as const;

describe('typed message layer', () => {
  const handlers: RuntimeHandlers<string> = {
    'analyse-tab': async ({ tabId }, sender) => ({ ...captured, tabId, url: sender }),
  };

  it('routes a valid message to its handler and validates the reply', async () => {
    const reply = await dispatchMessage(
      RuntimeMessages,
      handlers,
      { type: 'analyse-tab', payload: { tabId: 3 } },
      'https://x.example/',
    );
    expect(reply).toMatchObject({ state: 'captured', tabId: 3, url: 'https://x.example/' });
  });

  it('ignores messages that are not ours or that this context does not handle', () => {
    expect(dispatchMessage(RuntimeMessages, handlers, { hello: 'world' }, '')).toBeUndefined();
    expect(dispatchMessage(RuntimeMessages, handlers, 'analyse-tab', '')).toBeUndefined();
    expect(
      dispatchMessage(RuntimeMessages, handlers, { type: 'capture-page', payload: {} }, ''),
    ).toBeUndefined();
  });

  it('rejects a request whose payload does not match its schema', () => {
    expect(() =>
      dispatchMessage(RuntimeMessages, handlers, { type: 'analyse-tab', payload: { tabId: 'seven' } }, ''),
    ).toThrow();
  });

  it('rejects a malformed reply on the sending side', async () => {
    await expect(
      sendTyped(RuntimeMessages, async () => ({ state: 'captured' }), 'analyse-tab', { tabId: 1 }),
    ).rejects.toThrow();
    await expect(
      sendTyped(RuntimeMessages, async () => captured, 'analyse-tab', { tabId: 7 }),
    ).resolves.toEqual(captured);
  });

  it('passes on the sentence of a handler that failed', async () => {
    await expect(
      sendTyped(
        RuntimeMessages,
        async () => ({ error: 'Select the words in the page first.' }),
        'analyse-tab',
        { tabId: 1 },
      ),
    ).rejects.toThrow('Select the words in the page first.');
  });

  it('parses a compact paint request and refuses inconsistent ones', () => {
    const request = TabMessages['paint-mentions'].request;
    const text = 'Shelling hit Aleppo, the Syrian army said.';
    const mentions = {
      text,
      spans: [13, 19, 25, 36],
      kinds: 'pa',
    };
    const parse = (changes: object) =>
      request.safeParse({ paintId: 'p1', mentions: { ...mentions, ...changes }, confirmed: [] });
    expect(parse({}).success).toBe(true);
    expect(parse({ spans: [13, 19] }).success).toBe(false); // one span for two kinds
    expect(parse({ kinds: 'pan' }).success).toBe(false);
    expect(parse({ kinds: 'px' }).success).toBe(false);
    expect(parse({ spans: [13, 19, 36, 25] }).success).toBe(false); // ends before it starts
    expect(parse({ spans: [13, 19, 25, 99] }).success).toBe(false); // past the text
    expect(parse({ spans: [13.5, 19, 25, 36] }).success).toBe(false);
  });
});
