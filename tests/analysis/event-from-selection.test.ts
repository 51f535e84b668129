import { describe, expect, it } from 'vitest';
import { eventFromSelection } from '@/lib/analysis/event-from-selection';
import type { Article } from '@/lib/schema';
import { kupianskArticle } from '../exchange/fixtures';
import { realExtractor } from '../extraction/support/extractor';

const TODAY = new Date('2024-06-01T12:00:00Z');

function articleOf(text: string): Article {
  return {
    ...kupianskArticle,
    id: 'a-sel',
    url: 'https://news.example/story',
    title: 'Story',
    text,
    wordCount: text.split(/\s+/).length,
  };
}

const found = (article: Article) => {
  const mentions = realExtractor().findMentions({
    title: article.title,
    text: article.text,
    publishedAt: '2024-05-10',
  });
  return { ...mentions, events: mentions.proposeEvents() };
};

describe('an event from the user’s selection', () => {
  it('starts from the extractor’s proposal for that passage, with the whole sentence as evidence', () => {
    const article = articleOf(
      'Talks resumed in Geneva.\n\nRussian drones struck Kupiansk on Tuesday, killing two civilians, officials said.',
    );
    const event = eventFromSelection(article, 'drones struck\n  Kupiansk', found(article), TODAY);
    expect(event.evidence.text).toBe(
      'Russian drones struck Kupiansk on Tuesday, killing two civilians, officials said.',
    );
    expect(article.text.slice(event.evidence.start, event.evidence.end)).toBe(event.evidence.text);
    expect(event).toMatchObject({ location: { name: 'Kupiansk', country: 'UA' }, date: '2024-05-07' });
    expect(event.confidence).toBe(1);
  });

  it('builds one from what the passage mentions when the extractor proposed none', () => {
    const article = articleOf('Residents of Kupiansk said on Tuesday that the bridge was closed.');
    const event = eventFromSelection(article, 'the bridge was closed', found(article), TODAY);
    expect(event).toMatchObject({
      eventType: 'Strategic developments',
      subEventType: 'Other',
      location: { name: 'Kupiansk', geoPrecision: 1 },
      date: '2024-05-07',
      fatalities: null,
    });
  });

  it('asks for a selection, and says so when the words are not in the captured article', () => {
    const article = articleOf('Residents of Kupiansk said the bridge was closed.');
    expect(() => eventFromSelection(article, '  ', found(article), TODAY)).toThrow(/Select the sentence/);
    expect(() => eventFromSelection(article, 'a market was shelled', found(article), TODAY)).toThrow(
      /not in the article as it was captured/,
    );
  });
});
