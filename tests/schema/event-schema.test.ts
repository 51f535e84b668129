import { describe, expect, it } from 'vitest';
import { ACLED_EVENT_TYPES, EventSchema, ExportFileSchema, MentionSchema } from '@/lib/schema';

const event = {
  id: 'e-1',
  articleId: 'a-1',
  date: '2024-03-04',
  timePrecision: 1,
  eventType: 'Explosions/Remote violence',
  subEventType: 'Air/drone strike',
  actor1: { canonical: 'Military Forces of Exampleland', inter: 1 },
  actor2: { canonical: 'Civilians (Exampleland)', inter: 7 },
  location: { name: 'Port Town', country: 'XX', admin1: 'Coast', lat: 12.5, lon: 44.1, geoPrecision: 1 },
  fatalities: 3,
  notes: '',
  source: 'Example News',
  sourceUrl: 'https://news.example/a',
  evidence: { start: 0, end: 40, text: 'An air strike hit the market in Port Town.' },
  confidence: 0.8,
  status: 'proposed',
  createdAt: '2024-03-05T10:00:00.000Z',
  updatedAt: '2024-03-05T10:00:00.000Z',
};

describe('event schema', () => {
  it('knows ACLED’s 6 event types and 25 sub-event types', () => {
    expect(Object.keys(ACLED_EVENT_TYPES)).toHaveLength(6);
    expect(Object.values(ACLED_EVENT_TYPES).flat()).toHaveLength(25);
  });

  it('accepts a well-formed event', () => {
    expect(EventSchema.parse(event)).toEqual(event);
  });

  it('rejects a sub-event type from another event type', () => {
    const result = EventSchema.safeParse({ ...event, subEventType: 'Peaceful protest' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['subEventType']);
  });

  it('rejects impossible values', () => {
    expect(EventSchema.safeParse({ ...event, fatalities: -1 }).success).toBe(false);
    expect(EventSchema.safeParse({ ...event, date: '04/03/2024' }).success).toBe(false);
    expect(EventSchema.safeParse({ ...event, actor1: { canonical: 'X', inter: 9 } }).success).toBe(false);
    expect(EventSchema.safeParse({ ...event, confidence: 1.5 }).success).toBe(false);
  });

  it('keys each mention’s meaning by its kind', () => {
    const place = {
      kind: 'place',
      start: 3,
      end: 12,
      text: 'Port Town',
      place: { name: 'Port Town', country: 'XX', admin1: null, lat: 1, lon: 2, level: 'town' },
    };
    expect(MentionSchema.parse(place)).toEqual(place);
    expect(MentionSchema.safeParse({ ...place, kind: 'actor' }).success).toBe(false);
  });

  it('reads only export files of its own format and version', () => {
    const file = {
      format: 'conflict-reader-export',
      version: 1,
      exportedAt: event.createdAt,
      articles: [],
      events: [event],
      corrections: [],
    };
    expect(ExportFileSchema.parse(file).events).toHaveLength(1);
    expect(ExportFileSchema.safeParse({ ...file, version: 2 }).success).toBe(false);
    expect(ExportFileSchema.safeParse({ ...file, format: 'other' }).success).toBe(false);
  });
});
