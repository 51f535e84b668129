import { describe, expect, it } from 'vitest';
import type { GoldFile } from '@/lib/evaluation/gold';
import { scoreArticle } from '@/lib/evaluation/score-article';
import { effortRate, summarise } from '@/lib/evaluation/summarise';
import type { ExtractionResult, ProposedEvent } from '@/lib/schema';

const TEXT = 'Rebels shelled Tal Rifat on Monday, killing three. Talks went on in Geneva.';

const gold: GoldFile = {
  id: 'brief',
  publishedAt: '2024-05-10',
  places: [{ surface: 'Tal Rifat', name: 'Tal Rifat', level: 'town', country: 'SY', lat: 36.47, lon: 37.1 }],
  actors: [],
  numbers: [],
  events: [
    {
      evidence: 'Rebels shelled Tal Rifat on Monday, killing three.',
      date: '2024-05-06',
      eventType: 'Explosions/Remote violence',
      subEventType: 'Shelling/artillery/missile attack',
      actor1: 'Opposition Rebels (Syria)',
      actor2: null,
      location: 'Tal Rifat',
      fatalities: 3,
    },
    {
      evidence: 'Rebels shelled Tal Rifat on Monday, killing three.',
      date: '2024-05-06',
      eventType: 'Battles',
      subEventType: 'Armed clash',
      actor1: 'Opposition Rebels (Syria)',
      actor2: null,
      location: 'Tal Rifat',
      fatalities: null,
    },
  ],
};

function proposal(changes: Partial<ProposedEvent>): ProposedEvent {
  return {
    date: '2024-05-06',
    timePrecision: 1,
    eventType: 'Explosions/Remote violence',
    subEventType: 'Shelling/artillery/missile attack',
    actor1: { canonical: 'Opposition Rebels (Syria)', inter: 2 },
    actor2: null,
    location: { name: 'Tal Rifat', country: 'SY', admin1: null, lat: 36.47, lon: 37.1, geoPrecision: 1 },
    fatalities: 3,
    evidence: { start: 0, end: 50, text: TEXT.slice(0, 50) },
    confidence: 0.9,
    ...changes,
  } as ProposedEvent;
}

function scoreOf(events: ProposedEvent[]) {
  const result: ExtractionResult = {
    source: 'brief',
    article: { title: '', siteName: null, publishedAt: '2024-05-10', lang: null, text: TEXT },
    mentions: [],
    events,
    timings: { captureMs: 0, extractMs: 0 },
  };
  return scoreArticle(result, gold);
}

const effortOf = (events: ProposedEvent[]) => scoreOf(events).reviewEffort;

describe('the review effort', () => {
  it('is 1.0 when nothing is proposed: every gold event is typed, seven fields each', () => {
    expect(effortOf([])).toEqual({ actions: 14, typing: 14 });
    expect(effortRate(effortOf([]))).toBe(1);
  });

  it('costs one action per wrong field of a matched proposal and one per rejection', () => {
    const rightShelling = proposal({});
    // The clash proposed with the wrong date and a toll it does not have: two fields to correct.
    const wrongClash = proposal({ eventType: 'Battles', subEventType: 'Armed clash', date: '2024-05-07' });
    const talks = proposal({
      eventType: 'Strategic developments',
      subEventType: 'Agreement',
      location: { name: 'Geneva', country: 'CH', admin1: null, lat: 46.2, lon: 6.15, geoPrecision: 1 },
    });
    expect(effortOf([rightShelling])).toEqual({ actions: 7, typing: 14 });
    expect(effortOf([rightShelling, wrongClash])).toEqual({ actions: 2, typing: 14 });
    expect(effortOf([rightShelling, wrongClash, talks])).toEqual({ actions: 3, typing: 14 });
  });

  it('adds up over articles as actions over typing', () => {
    const { reviewEffort } = summarise([scoreOf([]), scoreOf([proposal({})])]);
    expect(reviewEffort).toEqual({ actions: 21, typing: 28, rate: 0.75 });
  });
});
