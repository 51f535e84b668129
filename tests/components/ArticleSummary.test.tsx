// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ArticleSummary } from '@/components/ArticleSummary';
import type { Article } from '@/lib/schema';
import { kupianskArticle } from '../exchange/fixtures';
import { button, mount, press } from './support';

const article: Article = {
  ...kupianskArticle,
  text: 'Drones struck Kupiansk on Tuesday.\n\nThe market stayed shut on Wednesday.',
  warnings: ['The published date was read from the page text.'],
};

describe('the side panel’s captured article', () => {
  it('shows its title, source, date and warnings, and folds its facts and text until asked for', async () => {
    const host = mount(<ArticleSummary article={article} />);
    expect(host.querySelector('.article-title')?.textContent).toBe('Drone strike on Kupiansk');
    expect(host.querySelector('.article-meta')?.textContent).toBe('Example News · published 2024-05-10');
    expect(host.querySelector('.warnings')?.textContent).toBe(article.warnings[0]);
    const toggle = button(host, 'Article details and text');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(host.querySelector('.article-text')).toBeNull();
    expect(host.querySelector('.article-facts')).toBeNull();

    await press(toggle);
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    expect([...host.querySelectorAll('.article-text p')].map((p) => p.textContent)).toEqual([
      'Drones struck Kupiansk on Tuesday.',
      'The market stayed shut on Wednesday.',
    ]);
    expect(host.querySelector('.article-facts')?.textContent).toContain('2 paragraphs');
  });
});
