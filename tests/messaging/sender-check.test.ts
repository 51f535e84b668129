import { describe, expect, it } from 'vitest';
import { fakeOnMessage } from './fake-on-message';
import { listen, REFUSED } from '@/lib/messaging/listen';
import { requestReader } from '@/lib/messaging/protocol';
import {
  CONTENT_SCRIPT_MESSAGES,
  RuntimeMessages,
  TEST_BRIDGE_MESSAGES,
} from '@/lib/messaging/runtime-messages';
import { acceptsMessage, senderKind, type SenderFacts } from '@/lib/messaging/sender-check';

const CHROME = { id: 'abcdefghijklmnop', baseUrl: 'chrome-extension://abcdefghijklmnop/' };
const FIREFOX = {
  id: 'conflict-reader@conflict-reader.local',
  baseUrl: 'moz-extension://0b6f3c4e-1111-4222-8333-944455556666/',
};
const CONTENT = new Set<string>(CONTENT_SCRIPT_MESSAGES);

const sidePanel: SenderFacts = { id: CHROME.id, url: `${CHROME.baseUrl}sidepanel.html` };
/** The event log opened in a tab: an extension page, though the browser names a tab for it. */
const logInTab = { id: CHROME.id, url: `${CHROME.baseUrl}log.html#/events`, tab: { id: 3 } };
const contentScript = { id: CHROME.id, url: 'https://news.example/story', tab: { id: 7 } };

describe('senderKind', () => {
  it('tells the extension’s pages from its content scripts, in both browsers', () => {
    expect(senderKind(sidePanel, CHROME)).toBe('extension-page');
    expect(senderKind(logInTab, CHROME)).toBe('extension-page');
    expect(senderKind(contentScript, CHROME)).toBe('content-script');
    expect(senderKind({ id: FIREFOX.id, url: `${FIREFOX.baseUrl}sidepanel.html` }, FIREFOX)).toBe(
      'extension-page',
    );
    const firefoxContent: SenderFacts = { id: FIREFOX.id, url: 'https://news.example/a' };
    expect(senderKind(firefoxContent, FIREFOX)).toBe('content-script');
  });

  it('counts no look-alike address as the extension’s own', () => {
    for (const url of [
      'chrome-extension://otherextensionid/sidepanel.html',
      'https://abcdefghijklmnop/sidepanel.html',
      'https://news.example/chrome-extension://abcdefghijklmnop/',
      'not an address',
      undefined,
    ]) {
      expect(senderKind({ id: CHROME.id, url }, CHROME)).toBe('content-script');
    }
  });

  it('treats another extension as a stranger, even from its own pages', () => {
    expect(senderKind({ id: 'someoneelse', url: `${CHROME.baseUrl}x.html` }, CHROME)).toBe('stranger');
    expect(senderKind({ url: `${CHROME.baseUrl}x.html` }, CHROME)).toBe('stranger');
  });
});

describe('acceptsMessage', () => {
  const pageOnly = [
    'analyse-tab',
    'analyse-selection',
    'correct-selection',
    'event-from-selection',
    'show-evidence',
    'suggest-places',
    'suggest-actors',
  ];

  it('takes every message from the extension’s pages', () => {
    for (const type of [...pageOnly, 'highlights-changed']) {
      expect(acceptsMessage(type, sidePanel, CHROME, CONTENT)).toBe(true);
      expect(acceptsMessage(type, logInTab, CHROME, CONTENT)).toBe(true);
    }
  });

  it('takes from a content script only what content scripts send', () => {
    expect(acceptsMessage('highlights-changed', contentScript, CHROME, CONTENT)).toBe(true);
    for (const type of pageOnly) expect(acceptsMessage(type, contentScript, CHROME, CONTENT)).toBe(false);
    // The test bridge's hooks only where the test build allows them.
    expect(acceptsMessage('test:dump', contentScript, CHROME, CONTENT)).toBe(false);
    const testBuild = new Set<string>([...CONTENT_SCRIPT_MESSAGES, ...TEST_BRIDGE_MESSAGES]);
    expect(acceptsMessage('test:dump', contentScript, CHROME, testBuild)).toBe(true);
  });

  it('takes nothing from a stranger', () => {
    const stranger = { id: 'someoneelse', url: 'https://news.example/', tab: { id: 2 } };
    expect(acceptsMessage('highlights-changed', stranger, CHROME, CONTENT)).toBe(false);
  });

  it('names only messages the protocol has', () => {
    for (const type of [...CONTENT_SCRIPT_MESSAGES, ...TEST_BRIDGE_MESSAGES])
      expect(Object.hasOwn(RuntimeMessages, type)).toBe(true);
  });
});

describe('listen with a sender check', () => {
  it('refuses, with a reason and without running the handler, what a sender may not send', async () => {
    const { event, deliver } = fakeOnMessage<SenderFacts>();
    const ran: number[] = [];
    listen(
      event,
      requestReader(RuntimeMessages),
      {
        'analyse-tab': async ({ tabId }) => {
          ran.push(tabId);
          throw new Error('not reached in this test');
        },
      },
      { accepts: (type, sender) => acceptsMessage(type, sender, CHROME, CONTENT) },
    );
    await expect(deliver({ type: 'analyse-tab', payload: { tabId: 12 } }, contentScript)).resolves.toEqual({
      error: REFUSED,
    });
    expect(ran).toEqual([]);
    await deliver({ type: 'analyse-tab', payload: { tabId: 12 } }, sidePanel);
    expect(ran).toEqual([12]);
  });
});
