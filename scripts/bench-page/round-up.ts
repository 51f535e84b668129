// The 10,000-word round-up of `npm run bench:page`, shared with `npm run bench`, which times its
// extraction in Node.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseTextFile } from '../../lib/article/text-file';
import { countWords } from '../../lib/storage/database';
import { loadNodeExtractor } from '../cli/node-extractor';

const TARGET_WORDS = 10_000;
/** Mentions per word the page aims at: the 2,000 mentions in 10,000 words. */
const TARGET_DENSITY = 0.2;
/** The round-up's headline and publication date, as its page declares them. */
export const ROUND_UP_TITLE = 'Long round-up';
export const ROUND_UP_PUBLISHED_AT = '2016-12-09';

/**
 * The paragraphs of a 10,000-word round-up built from the corpus articles' paragraphs. News prose
 * averages fewer mentions than the issue's 2,000 per 10,000 words, so the densest paragraphs are
 * kept (the fewest that reach that density overall) and repeated in article order.
 */
export async function roundUpParagraphs(corpus: string): Promise<{ paragraphs: string[]; words: number }> {
  const extractor = await loadNodeExtractor();
  const paragraphs = ['seed-000', 'seed-001', 'seed-002'].flatMap((id) =>
    parseTextFile(readFileSync(path.join(corpus, 'articles', `${id}.txt`), 'utf8'))
      .text.split(/\n{2,}/)
      .map((text) => ({
        text,
        words: countWords(text),
        mentions: extractor.extract({ title: '', text, publishedAt: ROUND_UP_PUBLISHED_AT }).mentions.length,
      })),
  );
  const byDensity = [...paragraphs].sort((a, b) => b.mentions / b.words - a.mentions / a.words);
  let words = 0;
  let mentions = 0;
  const kept = new Set<string>();
  for (const paragraph of byDensity) {
    if (words > 0 && mentions / words < TARGET_DENSITY) break;
    kept.add(paragraph.text);
    words += paragraph.words;
    mentions += paragraph.mentions;
  }
  const chosen = paragraphs.filter((p) => kept.has(p.text));
  const out: string[] = [];
  words = 0;
  while (words < TARGET_WORDS) {
    for (const paragraph of chosen) {
      if (words >= TARGET_WORDS) break;
      out.push(paragraph.text);
      words += paragraph.words;
    }
  }
  return { paragraphs: out, words };
}
