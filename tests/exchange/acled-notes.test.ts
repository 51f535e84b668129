import { describe, expect, it } from 'vitest';
import { acledSummaryOf, actorInProse, exportNotesOf } from '@/lib/exchange/acled-notes';
import type { ConflictEvent } from '@/lib/schema';
import { kupianskEvent } from './fixtures';

const kupianskPlace = {
  ...kupianskEvent.location,
  name: 'Kupiansk',
  country: 'UA',
  admin1: 'Kharkiv',
  lat: 49.7106,
  lon: 37.6156,
  geoPrecision: 1 as const,
};

const base: ConflictEvent = { ...kupianskEvent, notes: '' };

describe('ACLED-style notes built from an event’s fields', () => {
  it('names actors as a note does: acronyms, plain group nouns, state forces without their period', () => {
    expect(actorInProse({ canonical: 'RSF: Rapid Support Forces', inter: 2 })).toBe('RSF');
    expect(actorInProse({ canonical: 'Civilians (Sudan)', inter: 7 })).toBe('civilians');
    expect(actorInProse({ canonical: 'Unidentified Armed Group (Mali)', inter: 3 })).toBe(
      'an unidentified armed group',
    );
    expect(actorInProse({ canonical: 'Military Forces of Sudan (2019-)', inter: 1 })).toBe(
      'Military Forces of Sudan',
    );
    expect(actorInProse({ canonical: 'Military Forces of Syria (2000-2024)', inter: 1 })).toBe(
      'Military Forces of Syria',
    );
  });

  it('writes date, who did what to whom, where (admin2, admin1) and deaths', () => {
    const event: ConflictEvent = {
      ...base,
      date: '2025-04-11',
      subEventType: 'Shelling/artillery/missile attack',
      actor1: { canonical: 'RSF: Rapid Support Forces', inter: 2 },
      actor2: { canonical: 'Civilians (Sudan)', inter: 7 },
      location: { ...kupianskPlace, name: 'El Fasher', admin1: 'North Darfur', country: 'SD' },
      fatalities: 32,
    };
    expect(acledSummaryOf(event)).toBe(
      'On 11 April 2025, RSF fired shells, artillery or missiles on civilians in El Fasher (North Darfur), ' +
        'killing 32 civilians.',
    );
  });

  it('says how sure the date is, and leaves out what it does not know', () => {
    const event: ConflictEvent = {
      ...base,
      date: '2023-09-02',
      timePrecision: 3,
      eventType: 'Protests',
      subEventType: 'Peaceful protest',
      actor1: { canonical: 'Protesters (Chile)', inter: 6 },
      actor2: null,
      location: null,
      fatalities: null,
    };
    expect(acledSummaryOf(event)).toBe('In September 2023, protesters held a peaceful protest.');
    expect(acledSummaryOf({ ...event, timePrecision: 2 })).toBe(
      'Around 2 September 2023, protesters held a peaceful protest.',
    );
    expect(acledSummaryOf({ ...event, actor1: null })).toBe(
      'In September 2023, unidentified actors held a peaceful protest.',
    );
  });

  it('follows the user’s own notes or the summary with the evidence quote, once', () => {
    const event = { ...base, evidence: { ...base.evidence, text: 'Shells hit the market.' } };
    expect(exportNotesOf({ ...event, notes: 'My note.' })).toBe('My note. Source: “Shells hit the market.”');
    expect(exportNotesOf({ ...event, notes: 'I quote “Shells hit the market.”' })).toBe(
      'I quote “Shells hit the market.”',
    );
    expect(exportNotesOf(event)).toMatch(/^On 7 May 2024, .+ Source: “Shells hit the market\.”$/);
  });
});
