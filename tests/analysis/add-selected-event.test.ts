import { describe, expect, it } from 'vitest';
import { fakeExtractor } from './support/fake-extractor';
import { addSelectedEvent, type SelectedEventPorts } from '@/lib/analysis/add-selected-event';
import type { Article, ProposedEvent } from '@/lib/schema';
import { kupianskArticle, kupianskEvent } from '../exchange/fixtures';

const TAB = 7;
const NOW = new Date('2024-06-01T12:00:00Z');

/** The extractor's proposal for the article's one sentence. */
const proposal: ProposedEvent = {
  date: kupianskEvent.date,
  timePrecision: kupianskEvent.timePrecision,
  eventType: kupianskEvent.eventType,
  subEventType: kupianskEvent.subEventType,
  actor1: kupianskEvent.actor1,
  actor2: kupianskEvent.actor2,
  location: kupianskEvent.location,
  fatalities: kupianskEvent.fatalities,
  evidence: { start: 0, end: kupianskArticle.text.length, text: kupianskArticle.text },
  confidence: 0.85,
};

/** Ports for a tab whose page was analysed, where the user selected `selection`. */
function ports(selection: string, changes: Partial<SelectedEventPorts> = {}) {
  const calls: string[] = [];
  const added: { article: Article; event: ProposedEvent }[] = [];
  const value: SelectedEventPorts = {
    capturedArticle: async (tabId) => (tabId === TAB ? kupianskArticle : undefined),
    inject: async () => {
      calls.push('inject');
    },
    readSelection: async () => {
      calls.push('read-selection');
      return selection;
    },
    loadExtractor: async () =>
      fakeExtractor(() => ({
        mentions: [],
        sentences: [{ start: 0, end: kupianskArticle.text.length }],
        proposeEvents: () => [proposal],
      })),
    storedProposal: async () => undefined,
    addUserEvent: async (article, event) => {
      added.push({ article, event });
      return 'u-1';
    },
    now: () => NOW,
    ...changes,
  };
  return { value, calls, added };
}

describe('addSelectedEvent', () => {
  it('stores the event the selected sentence reports as the user’s own', async () => {
    const { value, calls, added } = ports('drones struck Kupiansk');
    await expect(addSelectedEvent(TAB, value)).resolves.toEqual({ eventId: 'u-1', existing: false });
    expect(calls).toEqual(['inject', 'read-selection']);
    expect(added).toHaveLength(1);
    expect(added[0]?.article).toBe(kupianskArticle);
    expect(added[0]?.event).toMatchObject({
      eventType: 'Explosions/Remote violence',
      location: { name: 'Kupiansk' },
      evidence: { text: kupianskArticle.text },
      confidence: 1,
    });
  });

  it('points at the proposal already stored for it rather than copying it', async () => {
    const seen: ProposedEvent[] = [];
    const { value, added } = ports('drones struck Kupiansk', {
      storedProposal: async (article, event) => {
        seen.push(event);
        return article.id === kupianskArticle.id ? 'e-stored' : undefined;
      },
    });
    await expect(addSelectedEvent(TAB, value)).resolves.toEqual({ eventId: 'e-stored', existing: true });
    expect(seen[0]).toMatchObject({ date: proposal.date, location: { name: 'Kupiansk' } });
    expect(added).toEqual([]);
  });

  it('asks for an analysis first on a page that was not analysed, without reading it', async () => {
    const { value, calls } = ports('drones struck Kupiansk');
    await expect(addSelectedEvent(8, value)).rejects.toThrow(/Analyse the page first/);
    expect(calls).toEqual([]);
  });

  it('says so when the selection is not in the captured article', async () => {
    const { value, added } = ports('a market in Odesa was shelled');
    await expect(addSelectedEvent(TAB, value)).rejects.toThrow(/not in the article as it was captured/);
    expect(added).toEqual([]);
  });
});
