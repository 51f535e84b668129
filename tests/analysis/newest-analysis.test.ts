import { describe, expect, it } from 'vitest';
import { NewestAnalysis } from '@/lib/analysis/newest-analysis';
import type { TabStatus } from '@/lib/schema';

const capturing = (tabId: number, url: string): TabStatus => ({
  state: 'capturing',
  tabId,
  url,
  updatedAt: '2024-05-06T07:08:09.000Z',
});

describe('NewestAnalysis', () => {
  it('publishes only the newest analysis of a tab, and each tab’s own', async () => {
    const published: string[] = [];
    const store = async (status: TabStatus) => {
      published.push(`${status.tabId} ${status.url}`);
    };
    const analyses = new NewestAnalysis();
    const first = analyses.begin(1, store);
    await first(capturing(1, 'https://news.example/a'));
    const other = analyses.begin(2, store);
    const second = analyses.begin(1, store);
    await second(capturing(1, 'https://news.example/b'));
    // The first ends after the second began: its outcome is not published.
    await first(capturing(1, 'https://news.example/a'));
    await other(capturing(2, 'https://news.example/c'));
    expect(published).toEqual([
      '1 https://news.example/a',
      '1 https://news.example/b',
      '2 https://news.example/c',
    ]);

    analyses.forget(1);
    await second(capturing(1, 'https://news.example/b'));
    expect(published).toHaveLength(3);
  });
});
