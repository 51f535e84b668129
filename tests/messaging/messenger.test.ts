import { describe, expect, it } from 'vitest';
import { dispatchMessage, sendTyped, type Handlers } from '@/lib/messaging';

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
  const handlers: Handlers<string> = {
    'analyse-tab': async ({ tabId }, sender) => ({ ...captured, tabId, url: sender }),
  };

  it('routes a valid message to its handler and validates the reply', async () => {
    const reply = await dispatchMessage(
      handlers,
      { type: 'analyse-tab', payload: { tabId: 3 } },
      'https://x.example/',
    );
    expect(reply).toMatchObject({ state: 'captured', tabId: 3, url: 'https://x.example/' });
  });

  it('ignores messages that are not ours or that this context does not handle', () => {
    expect(dispatchMessage(handlers, { hello: 'world' }, '')).toBeUndefined();
    expect(dispatchMessage(handlers, 'analyse-tab', '')).toBeUndefined();
    expect(dispatchMessage(handlers, { type: 'capture-page', payload: {} }, '')).toBeUndefined();
  });

  it('rejects a request whose payload does not match its schema', () => {
    expect(() =>
      dispatchMessage(handlers, { type: 'analyse-tab', payload: { tabId: 'seven' } }, ''),
    ).toThrow();
  });

  it('rejects a malformed reply on the sending side', async () => {
    await expect(
      sendTyped(async () => ({ state: 'captured' }), 'analyse-tab', { tabId: 1 }),
    ).rejects.toThrow();
    await expect(sendTyped(async () => captured, 'analyse-tab', { tabId: 7 })).resolves.toEqual(captured);
  });

  it('passes on the sentence of a handler that failed', async () => {
    await expect(
      sendTyped(async () => ({ error: 'Select the words in the page first.' }), 'analyse-tab', { tabId: 1 }),
    ).rejects.toThrow('Select the words in the page first.');
  });

  it('rejects a malformed reply from a handler', async () => {
    const broken: Handlers<string> = {
      // @ts-expect-error: deliberately wrong reply shape
      'analyse-tab': async () => ({ state: 'nonsense' }),
    };
    await expect(
      dispatchMessage(broken, { type: 'analyse-tab', payload: { tabId: 1 } }, ''),
    ).rejects.toThrow();
  });
});
