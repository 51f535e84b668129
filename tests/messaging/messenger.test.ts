import { describe, expect, it } from 'vitest';
import {
  listen,
  requestReader,
  RuntimeMessages,
  sendTyped,
  TabMessages,
  type RuntimeHandlers,
} from '@/lib/messaging';
import { fakeOnMessage } from './fake-on-message';

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

  const read = requestReader(RuntimeMessages);

  it('reads a request of the protocol, its payload parsed by its schema', () => {
    expect(read({ type: 'analyse-tab', payload: { tabId: 3, extra: true } })).toEqual({
      type: 'analyse-tab',
      payload: { tabId: 3 },
    });
  });

  it('leaves messages that are not of the protocol to others', () => {
    expect(read({ hello: 'world' })).toBeNull();
    expect(read('analyse-tab')).toBeNull();
    expect(read({ type: 'capture-page', payload: {} })).toBeNull();
    expect(read({ type: 'toString', payload: {} })).toBeNull();
  });

  it('refuses a request whose payload does not match its schema', () => {
    expect(() => read({ type: 'analyse-tab', payload: { tabId: 'seven' } })).toThrow();
  });

  it('routes a valid message to its handler, and its reply back', async () => {
    const { event, deliver } = fakeOnMessage<string>();
    listen(event, read, handlers);
    const reply = await deliver({ type: 'analyse-tab', payload: { tabId: 3 } }, 'https://x.example/');
    expect(reply).toMatchObject({ state: 'captured', tabId: 3, url: 'https://x.example/' });
    // A request refused by its schema is answered with the reason, which sendTyped passes on.
    const refused = await deliver({ type: 'analyse-tab', payload: { tabId: 'seven' } }, '');
    expect(refused).toMatchObject({ error: expect.any(String) });
    // A type this context has no handler for is left to other listeners.
    expect(deliver({ type: 'analyse-selection', payload: { tabId: 3 } }, '')).toBeUndefined();
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
      textKey: 'k',
      textLength: text.length,
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
    expect(parse({ text }).success).toBe(true); // sent to a page that lacks it
    expect(parse({ text: text.slice(1) }).success).toBe(false); // not the length the spans count in
    expect(parse({ textLength: 30 }).success).toBe(false); // the last span ends past it
  });
});
