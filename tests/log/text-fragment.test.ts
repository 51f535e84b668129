import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from '@/lib/log/text-fragment';

describe('links that open the source at the evidence', () => {
  it('quotes a short sentence whole, escaping what text fragments reserve', () => {
    expect(textFragmentUrl('https://news.example/a#top', 'Shelling hit Deir ez-Zor, 5 killed & more')).toBe(
      'https://news.example/a#:~:text=Shelling%20hit%20Deir%20ez%2DZor%2C%205%20killed%20%26%20more',
    );
  });

  it('uses the first and last words of a long sentence', () => {
    const quote =
      'Witnesses said the militia fighters backed by armoured vehicles entered a northern district of Kassala on Thursday.';
    expect(textFragmentUrl('https://news.example/b', quote)).toBe(
      'https://news.example/b#:~:text=Witnesses%20said%20the%20militia%20fighters,district%20of%20Kassala%20on%20Thursday.',
    );
  });

  it('leaves the URL alone when there is no quote', () => {
    expect(textFragmentUrl('https://news.example/c', '  ')).toBe('https://news.example/c');
  });
});
