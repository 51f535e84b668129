import type { Article, ConflictEvent } from '@/lib/schema';

export const utf8 = (text: string) => new TextEncoder().encode(text);

/** A captured article and the event read from it, with every field set. */
export const kupianskArticle: Article = {
  id: 'a-1',
  url: 'https://news.example/kupiansk',
  canonicalUrl: null,
  title: 'Drone strike on Kupiansk',
  byline: null,
  siteName: 'Example News',
  lang: 'en',
  publishedAt: '2024-05-10',
  publishedAtSource: 'article:published_time',
  origin: 'readability',
  text: 'Russian drones struck Kupiansk on Tuesday, killing two civilians.',
  excerpt: null,
  wordCount: 9,
  warnings: [],
  capturedAt: '2024-05-10T10:00:00.000Z',
};

export const kupianskEvent: ConflictEvent = {
  id: 'e-0123456789ab',
  articleId: 'a-1',
  date: '2024-05-07',
  timePrecision: 1,
  eventType: 'Explosions/Remote violence',
  subEventType: 'Air/drone strike',
  actor1: { canonical: 'Military Forces of Russia (2000-)', inter: 8 },
  actor2: { canonical: 'Civilians (Ukraine)', inter: 7 },
  location: {
    name: 'Kupiansk',
    country: 'UA',
    admin1: 'Kharkiv',
    lat: 49.7106,
    lon: 37.6156,
    geoPrecision: 1,
  },
  fatalities: 2,
  evidence: {
    start: 0,
    end: 65,
    text: kupianskArticle.text,
    selector: { type: 'TextQuoteSelector', exact: kupianskArticle.text, prefix: '', suffix: '' },
  },
  confidence: 0.85,
  notes: 'Drone strike on a residential area.',
  source: 'Example News',
  sourceUrl: 'https://news.example/kupiansk',
  status: 'confirmed',
  createdAt: '2024-05-10T10:00:00.000Z',
  updatedAt: '2024-05-11T08:30:15.250Z',
};
