import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeExtractor } from './support/fake-extractor';
import { analyseTab, type AnalysisPorts } from '@/lib/analysis/analyse-tab';
import {
  TabStatusSchema,
  type Article,
  type CaptureResult,
  type Mention,
  type ProposedEvent,
  type TabStatus,
} from '@/lib/schema';
import { ConflictReaderDatabase, listArticles, saveArticle } from '@/lib/storage';

const NOW = new Date('2024-05-06T07:08:09.000Z');
const TAB = { id: 4, url: 'https://news.example/story' };

const article: CaptureResult = {
  ok: true,
  metadata: {
    title: 'Talks resume in the capital',
    byline: null,
    siteName: 'Example News',
    url: TAB.url,
    canonicalUrl: 'https://news.example/story',
    lang: 'en',
    publishedAt: '2024-05-05',
    publishedAtSource: 'article:published_time',
  },
  text: 'Negotiators met again on Sunday.\n\nBoth delegations said progress was slow.',
  excerpt: null,
  warnings: [],
  durationMs: 9,
};

let db: ConflictReaderDatabase;

/** A stand-in extractor: every capitalised word is a place. */
function mentionsOf(text: string): Mention[] {
  return [...text.matchAll(/\b[A-Z][a-z]+\b/g)].map((m) => ({
    kind: 'place',
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    place: { name: m[0], country: null, admin1: null, lat: null, lon: null, level: 'town' },
  }));
}

let proposals: ProposedEvent[] = [];

function ports(overrides: Partial<AnalysisPorts> = {}) {
  proposals = [];
  const published: TabStatus[] = [];
  db = new ConflictReaderDatabase(`analyse-${Math.random()}`);
  const value: AnalysisPorts = {
    inject: async () => undefined,
    capture: async () => article,
    prepareHighlights: async () => undefined,
    store: (a) => saveArticle(db, a),
    loadExtractor: async () =>
      fakeExtractor((a) => ({ mentions: mentionsOf(a.text), sentences: [], proposeEvents: () => [] })),
    storeProposals: async (_a, events) => {
      proposals.push(...events);
      return { dropped: 0 };
    },
    confirmedEvidence: async () => [],
    paint: async (_tabId, _a, mentions, confirmed) => ({
      painted: mentions.spans.kinds.length,
      orphans: 0,
      confirmedOrphans: confirmed.map((c) => c.id),
      anchorMs: 1,
      paintMs: 1,
      paintedAt: 100,
    }),
    tabUrl: async () => TAB.url,
    publishStatus: async (status) => {
      published.push(status);
    },
    now: () => NOW,
    ...overrides,
  };
  return { value, published };
}

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('analyseTab', () => {
  it('stores the captured article and publishes capturing, then captured', async () => {
    const { value, published } = ports();
    const status = await analyseTab(TAB, 'page', value);
    expect(status).toMatchObject({
      state: 'captured',
      tabId: 4,
      captureMs: 9,
      extraction: { counts: { place: 3, actor: 0, number: 0, date: 0 }, events: 0 },
      highlights: { painted: 3, orphans: 0 },
      problem: null,
    });
    expect(published.map((s) => s.state)).toEqual(['capturing', 'captured']);
    const [stored] = await listArticles(db);
    expect(stored).toMatchObject({
      title: 'Talks resume in the capital',
      origin: 'readability',
      wordCount: 11,
    });
    expect(status.state === 'captured' && status.articleId).toBe(stored?.id);
  });

  it('offers the selection when the page has no article', async () => {
    const { value } = ports({
      capture: async () => ({ ok: false, reason: 'no-article', message: 'No article here.', durationMs: 3 }),
    });
    expect(await analyseTab(TAB, 'page', value)).toMatchObject({
      state: 'failed',
      reason: 'no-article',
      message: 'No article here.',
      canUseSelection: true,
    });
    expect(await listArticles(db)).toEqual([]);
  });

  it('explains pages the browser will not let it read', async () => {
    const { value } = ports({
      inject: async () => {
        throw new Error('Cannot access a chrome:// URL');
      },
    });
    const status = await analyseTab({ id: 1, url: 'chrome://settings' }, 'page', value);
    expect(status).toMatchObject({ state: 'failed', reason: 'not-allowed', canUseSelection: false });
    expect(status.state === 'failed' && status.message).toMatch(/toolbar button/);
  });

  it('credits the events to the article as stored when its id had to change', async () => {
    let creditedTo: string | null = null;
    const { value } = ports({
      // The store kept another site's article and put this one under another id.
      store: async (a) => saveArticle(db, { ...a, id: 'a-own-address' }),
      storeProposals: async (a) => {
        creditedTo = a.id;
        return { dropped: 0 };
      },
    });
    const status = await analyseTab(TAB, 'page', value);
    expect(status).toMatchObject({ state: 'captured', articleId: 'a-own-address' });
    expect(creditedTo).toBe('a-own-address');
  });

  it('keeps a page that claims another outlet’s address apart from that outlet’s stored article', async () => {
    const { value } = ports();
    await analyseTab(TAB, 'page', value);
    const [original] = await listArticles(db);
    const copycat: CaptureResult = {
      ...article,
      metadata: { ...article.metadata, url: 'https://copycat.example/story' },
      text: 'A different text entirely, written elsewhere.',
    };
    const status = await analyseTab({ id: 9, url: 'https://copycat.example/story' }, 'page', {
      ...value,
      capture: async () => copycat,
      tabUrl: async () => 'https://copycat.example/story',
    });
    expect(status.state === 'captured' && status.articleId).not.toBe(original?.id);
    const stored = await listArticles(db);
    expect(stored).toHaveLength(2);
    expect(stored.find((a) => a.id === original?.id)).toEqual(original);
    expect(stored.find((a) => a.id !== original?.id)).toMatchObject({
      url: 'https://copycat.example/story',
      siteName: null,
      canonicalUrl: null,
    });
  });

  it('paints the highlights while the article is still being saved, and stores events after', async () => {
    const order: string[] = [];
    let saved: () => void = () => undefined;
    const { value } = ports({
      store: (a) => new Promise<Article>((resolve) => (saved = () => resolve(a))),
      paint: async (_tabId, _a, mentions) => {
        order.push('painted');
        // The write finishes only once the highlights are up.
        setTimeout(() => {
          order.push('saved');
          saved();
        }, 10);
        return {
          painted: mentions.spans.kinds.length,
          orphans: 0,
          confirmedOrphans: [],
          anchorMs: 1,
          paintMs: 1,
          paintedAt: 1,
        };
      },
      storeProposals: async () => {
        order.push('events stored');
        return { dropped: 0 };
      },
    });
    const status = await analyseTab(TAB, 'page', value);
    expect(status.state).toBe('captured');
    expect(order).toEqual(['painted', 'saved', 'events stored']);
  });

  it('stores no events when the article could not be saved, though the page was highlighted', async () => {
    let stored = 0;
    const { value } = ports({
      store: async () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      storeProposals: async () => {
        stored++;
        return { dropped: 0 };
      },
    });
    const status = await analyseTab(TAB, 'page', value);
    expect(status).toMatchObject({ state: 'failed', reason: 'storage' });
    expect(stored).toBe(0);
  });

  it('gives up on a page that does not answer (frozen), saying so, instead of waiting forever', async () => {
    const never = () => new Promise<never>(() => undefined);
    for (const stuck of [{ inject: never }, { capture: never }]) {
      const { value, published } = ports({ ...stuck, pageDeadlineMs: 30 });
      const status = await analyseTab(TAB, 'page', value);
      expect(status).toMatchObject({ state: 'failed', reason: 'unresponsive', canUseSelection: false });
      expect(status.state === 'failed' && status.message).toMatch(/did not answer .* within .*frozen/);
      expect(published.at(-1)).toEqual(status);
    }
  });

  it('keeps the article and its events when the page stops answering before the highlights', async () => {
    const never = () => new Promise<never>(() => undefined);
    for (const stuck of [{ prepareHighlights: never }, { paint: never }]) {
      const { value } = ports({ ...stuck, pageDeadlineMs: 30 });
      const status = await analyseTab(TAB, 'page', value);
      expect(status.state).toBe('captured');
      if (status.state !== 'captured') return;
      expect(status.highlights).toBeNull();
      expect(status.problem).toMatch(
        /Highlights could not be shown .*did not answer the (highlight )?request/,
      );
      expect(status.extraction?.counts.place).toBeGreaterThan(0);
      expect(await listArticles(db)).toHaveLength(1);
    }
  });

  it('reports a failed write (a full disk) and keeps what was stored before', async () => {
    const { value } = ports();
    await analyseTab(TAB, 'page', value);
    const full = {
      ...value,
      store: async () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    };
    const status = await analyseTab({ id: 5, url: TAB.url }, 'page', full);
    expect(status).toMatchObject({ state: 'failed', reason: 'storage' });
    expect(status.state === 'failed' && status.message).toMatch(/quota.*free some disk space/i);
    expect(await listArticles(db)).toHaveLength(1);
  });

  it('says to free disk space only when the storage is full, not when the database is closed', async () => {
    const closed = Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' });
    const { value } = ports({
      store: async () => {
        throw closed;
      },
    });
    const status = await analyseTab(TAB, 'page', value);
    expect(status).toMatchObject({ state: 'failed', reason: 'storage' });
    const message = status.state === 'failed' ? status.message : '';
    expect(message).not.toMatch(/disk space/);
    expect(message).toMatch(/open the event log, which explains what happened/);
  });

  it('keeps the saved article when extraction fails, and says so', async () => {
    const { value } = ports({
      loadExtractor: async () => {
        throw new Error('gazetteer missing');
      },
    });
    const status = await analyseTab(TAB, 'page', value);
    expect(status).toMatchObject({ state: 'captured', extraction: null, highlights: null });
    expect(status.state === 'captured' && status.problem).toMatch(/gazetteer missing/);
    expect(await listArticles(db)).toHaveLength(1);
  });

  it('says in plain words how many proposals were left out, and keeps the rest', async () => {
    const { value } = ports({
      loadExtractor: async () =>
        fakeExtractor((a) => ({
          mentions: mentionsOf(a.text),
          sentences: [],
          proposeEvents: () => [{} as ProposedEvent, {} as ProposedEvent, {} as ProposedEvent],
        })),
      storeProposals: async () => ({ dropped: 1 }),
    });
    const status = await analyseTab(TAB, 'page', value);
    expect(status).toMatchObject({ state: 'captured', extraction: { events: 2 } });
    expect(status.state === 'captured' && status.problem).toBe(
      'One of the 3 events found was left out: its details could not be read as an event (a number too large to be a count, say). The others were saved.',
    );
  });

  it('never shows a schema’s JSON when the tab closes during an analysis', async () => {
    const gone = TabStatusSchema.safeParse(undefined).error;
    for (const failure of [gone, new Error('No tab with id: 4.')]) {
      const { value } = ports({
        capture: async () => {
          throw failure;
        },
      });
      const status = await analyseTab(TAB, 'page', value);
      expect(status.state).toBe('failed');
      expect(status.state === 'failed' && status.message).not.toMatch(/[[\]{}"]/);
      expect(status.state === 'failed' && status.message).toMatch(/tab (?:was )?closed/);
    }
  });

  it('reports highlights that could not be painted without losing the analysis', async () => {
    const { value } = ports({
      paint: async () => {
        throw new Error('the page was closed');
      },
    });
    const status = await analyseTab(TAB, 'page', value);
    expect(status).toMatchObject({ state: 'captured', highlights: null, extraction: { events: 0 } });
    expect(status.state === 'captured' && status.problem).toMatch(/page was closed/);
  });

  it('keeps the highlights when proposing events fails, and says so', async () => {
    const { value } = ports({
      loadExtractor: async () =>
        fakeExtractor((a) => ({
          mentions: mentionsOf(a.text),
          sentences: [],
          proposeEvents: () => {
            throw new Error('event rules broken');
          },
        })),
    });
    const status = await analyseTab(TAB, 'page', value);
    expect(status).toMatchObject({ state: 'captured', extraction: null, highlights: { painted: 3 } });
    expect(status.state === 'captured' && status.problem).toMatch(/event rules broken/);
  });

  it('reads the confirmed evidence before writing new proposals, and paints it', async () => {
    // A read issued after the proposals' write would wait for it; painting must not.
    const order: string[] = [];
    const evidence = {
      id: 'event-1',
      selector: {
        type: 'TextQuoteSelector' as const,
        exact: 'Negotiators met',
        prefix: '',
        suffix: ' again',
      },
      hint: 0,
    };
    const { value } = ports({
      loadExtractor: async () =>
        fakeExtractor((a) => {
          order.push('extract');
          return { mentions: mentionsOf(a.text), sentences: [], proposeEvents: () => [] };
        }),
      confirmedEvidence: async () => {
        order.push('read confirmed');
        return [evidence];
      },
      storeProposals: async () => {
        order.push('store proposals');
        return { dropped: 0 };
      },
    });
    const status = await analyseTab(TAB, 'page', value);
    expect(order.indexOf('read confirmed')).toBeLessThan(order.indexOf('store proposals'));
    expect(status).toMatchObject({ highlights: { confirmedOrphans: ['event-1'] } });
  });

  it('reports a failure to read the confirmed events like a failed extraction', async () => {
    const { value } = ports({
      confirmedEvidence: async () => {
        throw new Error('database closed');
      },
    });
    const status = await analyseTab(TAB, 'page', value);
    expect(status).toMatchObject({ state: 'captured', extraction: null, highlights: null });
    expect(status.state === 'captured' && status.problem).toMatch(/database closed/);
  });

  it('reports a highlighter that could not load, and keeps the events', async () => {
    const { value } = ports({
      prepareHighlights: async () => {
        throw new Error('Cannot access contents of the page');
      },
    });
    const status = await analyseTab(TAB, 'page', value);
    expect(status).toMatchObject({ state: 'captured', highlights: null, extraction: { events: 0 } });
    expect(status.state === 'captured' && status.problem).toMatch(/Cannot access contents/);
  });

  it('still returns the outcome when the status cannot be published', async () => {
    const { value } = ports({
      publishStatus: async () => {
        throw new Error('session storage unavailable');
      },
    });
    expect((await analyseTab(TAB, 'page', value)).state).toBe('captured');
  });

  describe('a tab that goes to another page during the analysis', () => {
    const NEXT = 'https://news.example/next-story';

    it('never publishes the page it left as captured, and says the article was saved', async () => {
      let shown = TAB.url;
      const painted: string[] = [];
      const { value, published } = ports({
        // The user follows a link while the mentions are being found.
        loadExtractor: async () => {
          shown = NEXT;
          return fakeExtractor((a) => ({
            mentions: mentionsOf(a.text),
            sentences: [],
            proposeEvents: () => [],
          }));
        },
        tabUrl: async () => shown,
        paint: async (_tabId, a) => {
          painted.push(a.title);
          throw new Error('painted in the wrong page');
        },
      });
      const status = await analyseTab(TAB, 'page', value);
      expect(status).toMatchObject({
        state: 'failed',
        reason: 'navigated',
        url: NEXT,
        canUseSelection: false,
      });
      expect(status.state === 'failed' && status.message).toMatch(/another page.*saved.*Try again/);
      expect(published.map((s) => s.state)).toEqual(['capturing', 'failed']);
      // The next page is not painted with this one's mentions.
      expect(painted).toEqual([]);
      // What was read is kept: it was the article of the page the user asked about.
      expect(await listArticles(db)).toHaveLength(1);
    });

    it('treats a tab whose address the browser no longer tells as gone elsewhere', async () => {
      let painted = false;
      const { value } = ports({
        paint: async () => {
          painted = true;
          return { painted: 0, orphans: 0, confirmedOrphans: [], anchorMs: 0, paintMs: 0, paintedAt: 0 };
        },
        tabUrl: async () => null,
      });
      expect(await analyseTab(TAB, 'page', value)).toMatchObject({ state: 'failed', reason: 'navigated' });
      expect(painted).toBe(false);
    });

    it('stores nothing when the capture came from the page the tab went to', async () => {
      const { value, published } = ports({
        capture: async () => ({ ...article, metadata: { ...article.metadata, url: NEXT } }),
        tabUrl: async () => NEXT,
      });
      const status = await analyseTab(TAB, 'page', value);
      expect(status).toMatchObject({ state: 'failed', reason: 'navigated', url: NEXT });
      expect(status.state === 'failed' && status.message).toMatch(/nothing was saved/);
      expect(published.at(-1)).toEqual(status);
      expect(await listArticles(db)).toEqual([]);
    });

    it('takes a jump within the page (a fragment) for the same page', async () => {
      const { value } = ports({ tabUrl: async () => `${TAB.url}#comments` });
      expect(await analyseTab(TAB, 'page', value)).toMatchObject({ state: 'captured' });
    });

    it('publishes the result when the tab’s address was never known, as before', async () => {
      const { value } = ports({ tabUrl: async () => null });
      expect(await analyseTab({ id: TAB.id, url: '' }, 'page', value)).toMatchObject({ state: 'captured' });
    });
  });
});
