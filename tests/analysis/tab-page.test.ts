import { describe, expect, it } from 'vitest';
import { leftPage, pageAddress } from '@/lib/analysis/tab-page';

describe('tab-page', () => {
  it('drops only the fragment from an address', () => {
    expect(pageAddress('https://news.example/a?id=3#top')).toBe('https://news.example/a?id=3');
    expect(pageAddress('https://news.example/a?id=3')).toBe('https://news.example/a?id=3');
  });

  it('tells another page from the same one', () => {
    const story = 'https://news.example/story?id=3';
    expect(leftPage(story, story)).toBe(false);
    expect(leftPage(story, `${story}#comments`)).toBe(false);
    expect(leftPage(story, 'https://news.example/story?id=4')).toBe(true);
    expect(leftPage(story, 'https://other.example/')).toBe(true);
    // The browser no longer says: the tab navigated and activeTab's access ended.
    expect(leftPage(story, null)).toBe(true);
    // Never known: nothing to compare.
    expect(leftPage('', null)).toBe(false);
  });
});
