import { describe, expect, it } from 'vitest';
import { warmUpExtraction } from '@/lib/extraction/warm-up';
import { realExtractor } from './support/extractor';

const ARTICLE = {
  title: 'Shelling reported',
  text: 'Artillery shelled Kharkiv on Friday, killing three civilians, regional officials said.',
  publishedAt: '2024-03-10',
};

describe('warmUpExtraction', () => {
  it('leaves what the extractor finds in an article exactly as it was', () => {
    const before = realExtractor().extract(ARTICLE);
    expect(before.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['Kharkiv', 'Friday']));
    warmUpExtraction();
    warmUpExtraction(); // once per process: a second call does nothing
    expect(realExtractor().extract(ARTICLE)).toEqual(before);
  });
});
