import { describe, expect, it } from 'vitest';
import { dayAfter, figuresOf, scoreNote, type AcledCodedEvent } from '@/lib/evaluation/acled-note';
import type { Mention, ProposedEvent } from '@/lib/schema';

/** A coded event of our own making, in ACLED's columns. */
const coded: AcledCodedEvent = {
  event_id_cnty: 'XYZ1',
  event_date: '2022-03-04',
  event_type: 'Protests',
  sub_event_type: 'Peaceful protest',
  inter1: '6',
  location: 'Bamenda',
  latitude: '5.9597',
  longitude: '10.1460',
  fatalities: '0',
  notes: 'On 4 March 2022, traders protested in Bamenda against a new tax.',
};

const place: Mention = {
  kind: 'place',
  start: 39,
  end: 46,
  text: 'Bamenda',
  place: { name: 'Bamenda', country: 'CM', admin1: 'North-West', lat: 5.96, lon: 10.15, level: 'city' },
};

function event(changes: Partial<ProposedEvent>): ProposedEvent {
  return {
    date: '2022-03-04',
    timePrecision: 1,
    eventType: 'Protests',
    subEventType: 'Peaceful protest',
    actor1: { canonical: 'Protesters (Cameroon)', inter: 6 },
    actor2: null,
    location: { name: 'Bamenda', country: 'CM', admin1: null, lat: 5.96, lon: 10.15, geoPrecision: 1 },
    fatalities: null,
    evidence: { start: 0, end: 63, text: coded.notes },
    confidence: 0.8,
    ...changes,
  } as ProposedEvent;
}

describe('scoring an ACLED note', () => {
  it('reads the note as published the day after the event', () => {
    expect(dayAfter('2022-02-28')).toBe('2022-03-01');
    expect(dayAfter('2024-12-31')).toBe('2025-01-01');
  });

  it('finds the coded event among the proposals, by type and place, and checks its fields', () => {
    const score = scoreNote(coded, { mentions: [place], events: [event({})] });
    expect(score).toMatchObject({
      anyProposal: true,
      topTypeRight: true,
      placeFound: true,
      subTypeRight: true,
      actor1TypeRight: true,
      // No deaths reported is ACLED's 0.
      fatalitiesRight: true,
      dateRight: true,
    });
    expect(score.matched).not.toBeNull();
  });

  it('does not take a proposal of another type, or at a place over 30 km away, for the coded event', () => {
    const riot = event({ eventType: 'Riots', subEventType: 'Violent demonstration' });
    const far = event({
      location: { name: 'Douala', country: 'CM', admin1: null, lat: 4.05, lon: 9.7, geoPrecision: 1 },
      confidence: 0.9,
    });
    const score = scoreNote(coded, { mentions: [], events: [riot, far] });
    expect(score).toMatchObject({
      anyProposal: true,
      matched: null,
      placeFound: false,
      actor1TypeRight: false,
    });
    expect(score.topTypeRight).toBe(true);
  });

  it('gives shares of the notes, and of the matched notes for the matched proposals’ fields', () => {
    const right = scoreNote(coded, { mentions: [place], events: [event({})] });
    const wrongDate = scoreNote(coded, { mentions: [place], events: [event({ date: '2022-03-05' })] });
    const none = scoreNote(coded, { mentions: [], events: [] });
    expect(figuresOf([right, wrongDate, none])).toMatchObject({
      notes: 3,
      anyProposal: 2 / 3,
      proposed: 2 / 3,
      placeFound: 2 / 3,
      subType: 1,
      date: 1 / 2,
    });
  });

  it('checks the crowd-size tag of a matched demonstration against the note’s size, when it gives one', () => {
    const sized = { ...coded, notes: `${coded.notes} [size=around 60]` };
    const tagged = (tags: string) => scoreNote(sized, { mentions: [place], events: [event({ tags })] });
    expect(tagged('crowd size=Around  60').crowdSizeRight).toBe(true);
    expect(tagged('crowd size=no report').crowdSizeRight).toBe(false);
    expect(scoreNote(coded, { mentions: [place], events: [event({})] }).crowdSizeRight).toBeNull();
    expect(figuresOf([tagged('crowd size=around 60'), tagged('crowd size=dozens')]).crowdSize).toBe(1 / 2);
  });
});
