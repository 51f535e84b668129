import { describe, expect, it } from 'vitest';
import { eventsInOrder, groupByEvidence, LESS_LIKELY_BELOW, reviewOrder } from '@/lib/review/group-proposals';
import type { ConflictEvent } from '@/lib/schema';
import { kupianskEvent } from '../exchange/fixtures';

const TEXT =
  'Shelling hit Izium and Balakliia overnight. Police closed the market road. ' +
  'Drones struck a depot near Lozova. Police closed the market road.';
const sentence = (words: string) => {
  const start = TEXT.indexOf(words);
  return { start, end: start + words.length, text: words };
};
const IZIUM = sentence('Shelling hit Izium and Balakliia overnight.');
const ROAD = sentence('Police closed the market road.');
const LOZOVA = sentence('Drones struck a depot near Lozova.');
// The same words again at the end of the text: other offsets, same sentence.
const ROAD_AGAIN = { start: TEXT.lastIndexOf(ROAD.text), end: TEXT.length, text: ROAD.text };

const event = (id: string, evidence: ConflictEvent['evidence'], confidence: number): ConflictEvent => ({
  ...kupianskEvent,
  id,
  status: 'proposed',
  evidence,
  confidence,
});

const ids = (events: readonly ConflictEvent[]) => events.map((e) => e.id);

describe('grouping proposals by their evidence sentence', () => {
  it('puts events with the same offsets under one quote, in article order of sentences', () => {
    const groups = groupByEvidence([
      event('lozova', LOZOVA, 0.9),
      event('izium', IZIUM, 0.8),
      event('balakliia', IZIUM, 0.95),
    ]);
    expect(groups.map((g) => g.evidence.text)).toEqual([IZIUM.text, LOZOVA.text]);
    expect(groups.map((g) => ids(g.events))).toEqual([['balakliia', 'izium'], ['lozova']]);
    expect(groups.map((g) => g.best)).toEqual([0.95, 0.9]);
  });

  it('puts events with the same words under one quote, even at other offsets', () => {
    const groups = groupByEvidence([event('early', ROAD, 0.7), event('late', ROAD_AGAIN, 0.75)]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.evidence).toEqual(ROAD);
    expect(ids(groups[0]?.events ?? [])).toEqual(['late', 'early']);
  });

  it('joins groups through an event that shares offsets with one and words with another', () => {
    // A merged event anchored at the road sentence, and one quoting the road sentence's words
    // at its second place: all three are one group.
    const merged = { ...ROAD, text: `${ROAD.text} … ${LOZOVA.text}` };
    const groups = groupByEvidence([
      event('second-road', ROAD_AGAIN, 0.7),
      event('merged', merged, 1),
      event('road', ROAD, 0.7),
    ]);
    expect(groups.map((g) => ids(g.events))).toEqual([['merged', 'road', 'second-road']]);
    // The quote shown is the plain sentence, not the merged event's two.
    expect(groups[0]?.evidence).toEqual(ROAD);
  });

  it('keeps article order for events of equal confidence in a group, whatever order they came in', () => {
    const events = [
      event('late', ROAD_AGAIN, 0.8),
      event('c', ROAD, 0.8),
      event('a', ROAD, 0.8),
      event('b', ROAD, 0.9),
    ];
    // One sentence's events are told apart by id, as the store lists them.
    expect(ids(groupByEvidence(events)[0]?.events ?? [])).toEqual(['b', 'a', 'c', 'late']);
    expect(ids(groupByEvidence([...events].reverse())[0]?.events ?? [])).toEqual(['b', 'a', 'c', 'late']);
  });
});

describe('the review order', () => {
  it('lists groups by their best event, highest first, ties in article order', () => {
    const order = reviewOrder([
      event('izium', IZIUM, 0.8),
      event('road', ROAD, 0.9),
      event('lozova', LOZOVA, 0.8),
      event('balakliia', IZIUM, 0.65),
    ]);
    expect(order.likely.map((g) => ids(g.events))).toEqual([['road'], ['izium', 'balakliia'], ['lozova']]);
    expect(ids(eventsInOrder(order.likely))).toEqual(['road', 'izium', 'balakliia', 'lozova']);
    expect(order.lessLikely).toEqual([]);
  });

  it('sets apart the groups whose best event is below the threshold, keeping a weak event with a strong one', () => {
    const order = reviewOrder([
      event('izium', IZIUM, 0.45),
      event('balakliia', IZIUM, 0.9),
      event('road', ROAD, 0.5),
      event('lozova', LOZOVA, 0.55),
    ]);
    expect(order.likely.map((g) => ids(g.events))).toEqual([['balakliia', 'izium']]);
    expect(order.lessLikely.map((g) => ids(g.events))).toEqual([['lozova'], ['road']]);
  });

  it('folds below 0.6 by default, where a proposal has neither a first actor nor a place of its own', () => {
    expect(LESS_LIKELY_BELOW).toBe(0.6);
    const order = reviewOrder([event('own-place', IZIUM, 0.6), event('borrowed', LOZOVA, 0.55)]);
    expect(ids(eventsInOrder(order.likely))).toEqual(['own-place']);
    expect(ids(eventsInOrder(order.lessLikely))).toEqual(['borrowed']);
  });
});
