import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article, ConflictEvent, ProposedEvent } from '@/lib/schema';
import {
  addUserEvent,
  ConflictReaderDatabase,
  editEvent,
  eventsOfArticle,
  getEvent,
  mergeDuplicateEvents,
  mergeEvents,
  saveProposals,
  setEventStatus,
} from '@/lib/storage';
import { kupianskArticle } from '../exchange/fixtures';

const NAME = 'event-store-test';
afterEach(() => Dexie.delete(NAME));

const article: Article = {
  ...kupianskArticle,
  text: 'Drones struck Kupiansk on Tuesday. Artillery shelled Vovchansk.',
  wordCount: 8,
};

const proposal = (place: string, start: number, end: number): ProposedEvent => ({
  date: '2024-05-07',
  timePrecision: 1,
  eventType: 'Explosions/Remote violence',
  subEventType: 'Air/drone strike',
  actor1: null,
  actor2: null,
  location: { name: place, country: 'UA', admin1: 'Kharkiv', lat: 49.7, lon: 37.6, geoPrecision: 1 },
  fatalities: null,
  evidence: { start, end, text: article.text.slice(start, end) },
  confidence: 0.7,
});

function eventOf(event: ConflictEvent | undefined): ConflictEvent {
  if (!event) throw new Error('expected an event');
  return event;
}

const idOf = (event: ConflictEvent | undefined) => eventOf(event).id;

describe('event store', () => {
  it('stores proposals with provenance, in reading order', async () => {
    const db = new ConflictReaderDatabase(NAME);
    await saveProposals(db, article, [proposal('Vovchansk', 35, 63), proposal('Kupiansk', 0, 34)]);
    const events = await eventsOfArticle(db, article.id);
    expect(events.map((e) => e.location?.name)).toEqual(['Kupiansk', 'Vovchansk']);
    expect(events[0]).toMatchObject({ status: 'proposed', source: 'Example News', sourceUrl: article.url });
    db.close();
  });

  it('records the source address without tracking or layout parameters, as the article is known', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const tracked = {
      ...article,
      url: 'https://news.example.org/world/story-1?utm_source=newsletter&copy=1&page=2#comments',
      canonicalUrl: null,
    };
    await saveProposals(db, tracked, [proposal('Kupiansk', 0, 34)]);
    const [event] = await eventsOfArticle(db, tracked.id);
    expect(eventOf(event).sourceUrl).toBe('https://news.example.org/world/story-1?page=2');
    db.close();
  });

  it('stores the valid proposals when one of them is not valid, and counts the one it dropped', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const impossible = { ...proposal('Kupiansk', 0, 34), fatalities: 1e20 };
    const saved = await saveProposals(db, article, [impossible, proposal('Vovchansk', 35, 63)]);
    expect(saved.dropped).toBe(1);
    expect(saved.map((e) => e.location?.name)).toEqual(['Vovchansk']);
    expect((await eventsOfArticle(db, article.id)).map((e) => e.location?.name)).toEqual(['Vovchansk']);
    expect((await saveProposals(db, article, [proposal('Kupiansk', 0, 34)])).dropped).toBe(0);
    db.close();
  });

  it('keeps the user’s decisions when the page is analysed again', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const [kupiansk, vovchansk] = await saveProposals(db, article, [
      proposal('Kupiansk', 0, 34),
      proposal('Vovchansk', 35, 63),
    ]);
    await setEventStatus(db, eventOf(kupiansk), 'confirmed');
    await setEventStatus(db, eventOf(vovchansk), 'rejected');
    await saveProposals(db, article, [proposal('Kupiansk', 0, 34), proposal('Vovchansk', 35, 63)]);
    const events = await eventsOfArticle(db, article.id);
    expect(events.map((e) => e.status)).toEqual(['confirmed', 'rejected']);
    db.close();
  });

  it('drops stale proposals but never a reviewed event', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const [kupiansk] = await saveProposals(db, article, [
      proposal('Kupiansk', 0, 34),
      proposal('Vovchansk', 35, 63),
    ]);
    await setEventStatus(db, eventOf(kupiansk), 'confirmed');
    await saveProposals(db, article, []);
    expect((await eventsOfArticle(db, article.id)).map((e) => e.location?.name)).toEqual(['Kupiansk']);
    db.close();
  });

  it('puts an event back to proposed (undo) and refuses an unknown id', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const [event] = await saveProposals(db, article, [proposal('Kupiansk', 0, 34)]);
    await setEventStatus(db, eventOf(event), 'confirmed');
    await setEventStatus(db, eventOf(event), 'proposed');
    expect((await eventsOfArticle(db, article.id))[0]?.status).toBe('proposed');
    await expect(setEventStatus(db, { id: 'e-missing', articleId: article.id }, 'confirmed')).rejects.toThrow(
      /no event/,
    );
    db.close();
  });
});

describe('editing an event', () => {
  it('saves a consistent edit and refuses an inconsistent one', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const [event] = await saveProposals(db, article, [proposal('Kupiansk', 0, 34)]);
    const edited = await editEvent(db, eventOf(event), {
      eventType: 'Explosions/Remote violence',
      subEventType: 'Shelling/artillery/missile attack',
      fatalities: 3,
      actor1: { canonical: 'Military Forces of Russia (2000-)', inter: 8 },
    });
    expect(edited).toMatchObject({ subEventType: 'Shelling/artillery/missile attack', fatalities: 3 });
    await expect(editEvent(db, eventOf(event), { subEventType: 'Peaceful protest' })).rejects.toThrow();
    await expect(editEvent(db, eventOf(event), { fatalities: -2 })).rejects.toThrow();
    expect((await eventsOfArticle(db, article.id))[0]).toMatchObject({ fatalities: 3 });
    db.close();
  });
});

describe('events the user makes', () => {
  it('keeps an event made from a selection when the page is analysed again', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const made = await addUserEvent(db, article, proposal('Vovchansk', 35, 63));
    expect(made).toMatchObject({ status: 'proposed', source: 'Example News' });
    expect(made.evidence.selector?.exact).toBe('Artillery shelled Vovchansk.');
    await saveProposals(db, article, []);
    expect((await eventsOfArticle(db, article.id)).map((e) => e.id)).toEqual([made.id]);
    db.close();
  });

  it('merges two proposals into one, keeping both originals as rejected', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const [kupiansk, vovchansk] = await saveProposals(db, article, [
      { ...proposal('Kupiansk', 0, 34), fatalities: 2 },
      {
        ...proposal('Vovchansk', 35, 63),
        fatalities: 5,
        actor1: { canonical: 'Military Forces of Russia (2000-)', inter: 8 },
      },
    ]);
    const merged = await mergeEvents(db, article, idOf(kupiansk), idOf(vovchansk));
    expect(merged).toMatchObject({
      status: 'proposed',
      location: { name: 'Kupiansk' },
      actor1: { canonical: 'Military Forces of Russia (2000-)' },
      fatalities: 5,
      evidence: { start: 0, end: 63, text: article.text },
    });
    const events = await eventsOfArticle(db, article.id);
    expect(events.map((e) => e.status).sort()).toEqual(['proposed', 'rejected', 'rejected']);
    expect(events.find((e) => e.id === idOf(kupiansk))?.notes).toMatch(/Merged into/);
    // Analysing the page again neither revives the originals nor drops the merged event.
    await saveProposals(db, article, [proposal('Kupiansk', 0, 34), proposal('Vovchansk', 35, 63)]);
    expect((await eventsOfArticle(db, article.id)).map((e) => e.status).sort()).toEqual([
      'proposed',
      'rejected',
      'rejected',
    ]);
    db.close();
  });

  it('quotes only the two sentences when merging events told sentences apart, anchored at the first', async () => {
    const apart: Article = {
      ...article,
      id: 'a-apart',
      text:
        'Drones struck Kupiansk on Tuesday. The mayor spoke on the radio. Schools stayed shut. ' +
        'Trains ran late. Artillery shelled Vovchansk.',
    };
    const at = (words: string) => {
      const start = apart.text.indexOf(words);
      return { start, end: start + words.length, text: words };
    };
    const kupiansk = at('Drones struck Kupiansk on Tuesday.');
    const vovchansk = at('Artillery shelled Vovchansk.');
    const db = new ConflictReaderDatabase(NAME);
    const [second, first] = await saveProposals(db, apart, [
      { ...proposal('Vovchansk', 0, 1), evidence: vovchansk },
      { ...proposal('Kupiansk', 0, 1), evidence: kupiansk },
    ]);
    // Picked in either order, the quote reads in the article's order.
    const merged = await mergeEvents(db, apart, idOf(second), idOf(first));
    expect(merged.evidence).toEqual({
      start: kupiansk.start,
      end: kupiansk.end,
      text: 'Drones struck Kupiansk on Tuesday. … Artillery shelled Vovchansk.',
      selector: eventOf(first).evidence.selector,
    });
    expect(merged.evidence.text).not.toContain('The mayor');
    // The anchor is the first sentence as the page has it: the page finds it again by its quote.
    expect(merged.evidence.selector?.exact).toBe(kupiansk.text);
    expect((await eventsOfArticle(db, apart.id)).find((e) => e.id === merged.id)?.evidence).toEqual(
      merged.evidence,
    );
    db.close();
  });

  it('quotes one sentence once when merging two events read from it', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const [strike, shelling] = await saveProposals(db, article, [
      proposal('Kupiansk', 0, 34),
      { ...proposal('Kupiansk', 0, 34), subEventType: 'Shelling/artillery/missile attack' },
    ]);
    const merged = await mergeEvents(db, article, idOf(strike), idOf(shelling));
    expect(merged.evidence).toEqual(eventOf(strike).evidence);
    db.close();
  });

  it('refuses to merge an event with itself or with one that is gone, changing nothing', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const [kupiansk] = await saveProposals(db, article, [proposal('Kupiansk', 0, 34)]);
    await expect(mergeEvents(db, article, idOf(kupiansk), idOf(kupiansk))).rejects.toThrow(/two different/);
    await expect(mergeEvents(db, article, idOf(kupiansk), 'e-gone')).rejects.toThrow(/no longer exists/);
    expect(await eventsOfArticle(db, article.id)).toHaveLength(1);
    db.close();
  });

  it('folds another article’s report of one event into the first, keeping the second as rejected', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const [keep] = await saveProposals(db, article, [proposal('Kupiansk', 0, 34)]);
    const otherArticle = { ...article, id: 'a-2', siteName: 'Other Wire', url: 'https://wire.example/k' };
    const [other] = await saveProposals(db, otherArticle, [
      { ...proposal('Kupiansk', 0, 34), fatalities: 4 },
    ]);
    if (!keep || !other) throw new Error('expected two proposals');
    await mergeDuplicateEvents(db, keep, other, new Date('2024-05-11T00:00:00Z'));
    const [merged, folded] = await Promise.all([getEvent(db, keep), getEvent(db, other)]);
    expect(merged).toMatchObject({ fatalities: 4, source: 'Example News; Other Wire' });
    expect(merged?.notes).toMatch(/Also reported by Other Wire \(https:\/\/wire\.example\/k\)/);
    expect(folded).toMatchObject({ status: 'rejected', updatedAt: '2024-05-11T00:00:00.000Z' });
    expect(folded?.notes).toBe('Merged into the event of 2024-05-07 from Example News.');
    db.close();
  });
});
