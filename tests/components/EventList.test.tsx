// @vitest-environment jsdom
import Dexie from 'dexie';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventList, type RevealRequest } from '@/components/EventList';
import type { Article, ConflictEvent, ProposedEvent } from '@/lib/schema';
import { ConflictReaderDatabase, eventsOfArticle, saveArticle, saveProposals } from '@/lib/storage';
import { kupianskArticle } from '../exchange/fixtures';
import { mount, press } from './support';

const NAME = 'event-list-test';

const article: Article = {
  ...kupianskArticle,
  id: 'a-review',
  text:
    'Shelling hit Izium and Balakliia overnight. The council met on Monday. ' +
    'Drones struck a depot near Lozova. Gunmen fired on a checkpoint at Kupiansk.',
};
const sentence = (words: string) => {
  const start = article.text.indexOf(words);
  if (start < 0) throw new Error(`not in the article: ${words}`);
  return { start, end: start + words.length, text: words };
};
const IZIUM = sentence('Shelling hit Izium and Balakliia overnight.');
const LOZOVA = sentence('Drones struck a depot near Lozova.');
const KUPIANSK = sentence('Gunmen fired on a checkpoint at Kupiansk.');

const proposal = (place: string, evidence: ProposedEvent['evidence'], confidence: number): ProposedEvent => ({
  date: '2024-05-07',
  timePrecision: 1,
  eventType: 'Explosions/Remote violence',
  subEventType: 'Shelling/artillery/missile attack',
  actor1: null,
  actor2: null,
  location: { name: place, country: 'UA', admin1: 'Kharkiv', lat: 49.2, lon: 37.3, geoPrecision: 1 },
  fatalities: null,
  evidence,
  confidence,
});

// In article order: Izium/Balakliia (0.8 and 0.9), Lozova (0.95), Kupiansk (0.45, below the fold).
const PROPOSALS = [
  proposal('Izium', IZIUM, 0.8),
  proposal('Balakliia', IZIUM, 0.9),
  proposal('Lozova', LOZOVA, 0.95),
  proposal('Kupiansk', KUPIANSK, 0.45),
];

let db: ConflictReaderDatabase;
let onShow: ReturnType<typeof vi.fn<(event: ConflictEvent) => Promise<boolean>>>;

beforeEach(async () => {
  db = new ConflictReaderDatabase(NAME);
  await saveArticle(db, article);
  await saveProposals(db, article, PROPOSALS);
  onShow = vi.fn(async () => true);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(NAME);
});

/** Let the live query and React settle until `ready` holds (IndexedDB answers asynchronously). */
async function until(ready: () => boolean, what: string): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    if (ready()) return;
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  throw new Error(`the list never showed ${what}`);
}

async function renderList(reveal: RevealRequest | null = null): Promise<HTMLElement> {
  const host = mount(
    <EventList db={db} articleId={article.id} onShow={onShow} missingFromPage={new Set()} reveal={reveal} />,
  );
  await until(() => host.querySelectorAll('.event-card').length > 0, 'its events');
  return host;
}

const places = (host: HTMLElement) =>
  [...host.querySelectorAll<HTMLElement>('.event-card')].map((c) => c.getAttribute('aria-label'));
const quotes = (host: HTMLElement) =>
  [...host.querySelectorAll('.evidence-group > .evidence')].map((q) => q.textContent);
const fold = (host: HTMLElement) =>
  [...host.querySelectorAll('button')].find((b) => /less likely/.test(b.textContent ?? ''));
const cardOf = (host: HTMLElement, place: string) =>
  [...host.querySelectorAll<HTMLElement>('.event-card')].find((c) =>
    c.getAttribute('aria-label')?.endsWith(`at ${place}, Kharkiv, UA`),
  );
const focusedPlace = () => document.activeElement?.getAttribute('aria-label') ?? null;
const key = (key: string) =>
  act(() => {
    document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
const statusOf = async (place: string) =>
  (await eventsOfArticle(db, article.id)).find((e) => e.location?.name === place)?.status;
const at = (place: string) => `Shelling/artillery/missile attack at ${place}, Kharkiv, UA`;

describe('the side panel’s review of proposed events', () => {
  it('quotes each sentence once, its events under it, the likeliest group and event first', async () => {
    const host = await renderList();
    expect(quotes(host)).toEqual([LOZOVA.text, IZIUM.text]);
    expect(places(host)).toEqual([at('Lozova'), at('Balakliia'), at('Izium')]);
    // The cards no longer repeat the quote.
    expect(host.querySelectorAll('.evidence')).toHaveLength(2);
    expect(host.querySelector('h2')?.textContent).toBe('Events (4 from 3 sentences, 4 to review)');
  });

  it('folds the less likely proposals under a button that says whether they are shown', async () => {
    const host = await renderList();
    const toggle = fold(host);
    expect(toggle?.textContent).toBe('1 less likely proposal');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(cardOf(host, 'Kupiansk')).toBeUndefined();
    await press(toggle);
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    expect(quotes(host)).toEqual([LOZOVA.text, IZIUM.text, KUPIANSK.text]);
    expect(places(host).at(-1)).toBe(at('Kupiansk'));
    await press(toggle);
    expect(cardOf(host, 'Kupiansk')).toBeUndefined();
  });

  it('moves with the keyboard in the listed order, into the fold only while it is open', async () => {
    const host = await renderList();
    act(() => cardOf(host, 'Lozova')?.focus());
    await key('ArrowDown');
    expect(focusedPlace()).toBe(at('Balakliia'));
    await key('j');
    expect(focusedPlace()).toBe(at('Izium'));
    await key('ArrowDown'); // the fold is closed: the last card stays the last
    expect(focusedPlace()).toBe(at('Izium'));
    await press(fold(host));
    act(() => cardOf(host, 'Izium')?.focus());
    await key('ArrowDown');
    expect(focusedPlace()).toBe(at('Kupiansk'));
    await key('Home');
    expect(focusedPlace()).toBe(at('Lozova'));
    // Tab comes back to the card last focused, and to that one only.
    expect([...host.querySelectorAll('.event-card[tabindex="0"]')].map((c) => c.ariaLabel)).toEqual([
      at('Lozova'),
    ]);
  });

  it('confirms with c, says so on that card beside its Undo button, and moves on', async () => {
    const host = await renderList();
    act(() => cardOf(host, 'Balakliia')?.focus());
    await key('c');
    await until(() => cardOf(host, 'Balakliia')?.querySelector('[role="status"]')?.textContent !== '', 'it');
    const card = cardOf(host, 'Balakliia');
    const status = card?.querySelector('[role="status"]');
    expect(status?.textContent).toBe('Confirmed.');
    // Beside the control: in the card's row of buttons, next to Undo.
    expect(status?.parentElement?.querySelector('[aria-keyshortcuts="U"]')?.textContent).toBe('Undo');
    // Nowhere else: no other card, nor the top of the list, says anything.
    const said = [...host.querySelectorAll('[role="status"], [role="alert"]')].filter((s) => s.textContent);
    expect(said).toEqual([status]);
    expect(await statusOf('Balakliia')).toBe('confirmed');
    expect(focusedPlace()).toBe(at('Izium'));

    await key('r');
    await until(() => cardOf(host, 'Izium')?.textContent?.includes('Rejected.') ?? false, 'the rejection');
    expect(card?.querySelector('[role="status"]')?.textContent).toBe('');
    expect(await statusOf('Izium')).toBe('rejected');
  });

  it('says on the card when the page no longer has the sentence to show', async () => {
    onShow.mockResolvedValueOnce(false);
    const host = await renderList();
    act(() => cardOf(host, 'Lozova')?.focus());
    await key('s');
    await until(() => (cardOf(host, 'Lozova')?.textContent ?? '').includes('no longer in the page'), 'it');
    expect(onShow).toHaveBeenCalledWith(
      expect.objectContaining({ evidence: expect.objectContaining(LOZOVA) }),
    );
    expect(cardOf(host, 'Lozova')?.querySelector('[role="status"]')?.textContent).toMatch(
      /^That sentence is no longer in the page/,
    );
  });

  it('opens the fold and focuses an event the user asks to see there', async () => {
    const kupiansk = (await eventsOfArticle(db, article.id)).find((e) => e.location?.name === 'Kupiansk');
    const host = await renderList({ eventId: kupiansk?.id ?? '' });
    await until(() => focusedPlace() === at('Kupiansk'), 'the folded event focused');
    expect(fold(host)?.getAttribute('aria-expanded')).toBe('true');
  });

  it('merges two picked events, then focuses the merged one and says so on it', async () => {
    const host = await renderList();
    act(() => cardOf(host, 'Lozova')?.focus());
    await key('m');
    await key('j');
    await key('m');
    const merge = [...host.querySelectorAll('button')].find(
      (b) => b.textContent === 'Merge the 2 picked events',
    );
    await press(merge);
    await until(() => (document.activeElement?.getAttribute('data-event-id') ?? '').startsWith('u-'), 'it');
    const merged = document.activeElement as HTMLElement;
    expect(merged.querySelector('[role="status"]')?.textContent).toMatch(/^Merged from the two events/);
    // Its quote is the two sentences, shown on its card since its group shows the first alone.
    expect(merged.querySelector('.own-evidence')?.textContent).toBe(`${IZIUM.text} … ${LOZOVA.text}`);
  });
});
