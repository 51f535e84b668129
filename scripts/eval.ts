// `npm run eval`: scores the extractor against the shared corpus's gold files, prints totals, a
// per-article table and the misses, and fails when a figure passes its limit (eval-floors.json:
// floors, and ceilings for the review effort, where lower is better).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { GoldFileSchema } from '../lib/evaluation/gold';
import { scoreArticle } from '../lib/evaluation/score-article';
import { formatReport, summarise } from '../lib/evaluation/summarise';
import { ExtractionResultSchema } from '../lib/schema';
import { extractInputOf, loadArticleFile } from './cli/load-article-file';
import { loadNodeExtractor } from './cli/node-extractor';
import { checkLimits, type Limits } from './cli/limits';
import limitsFile from './eval-floors.json' with { type: 'json' };

const corpus = path.resolve(process.env.CORPUS_DIR ?? '../shared/corpus');
const ids = (await readdir(path.join(corpus, 'gold')))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5));
if (ids.length === 0) throw new Error(`no gold files in ${corpus}/gold`);

const extractor = await loadNodeExtractor();
const scores = [];
for (const id of ids.sort()) {
  const gold = GoldFileSchema.parse(
    JSON.parse(await readFile(path.join(corpus, 'gold', `${id}.json`), 'utf8')),
  );
  const article = await loadArticleFile(path.join(corpus, 'articles', `${id}.txt`));
  const publishedAt = article.publishedAt ?? gold.publishedAt;
  const { mentions, events } = extractor.extract(extractInputOf(article, publishedAt));
  const result = ExtractionResultSchema.parse({
    source: id,
    article: { ...article, publishedAt },
    mentions,
    events,
    timings: { captureMs: article.captureMs, extractMs: 0 },
  });
  scores.push(scoreArticle(result, gold));
}

const summary = summarise(scores);
console.log(formatReport(scores, summary));

const figures: Record<string, number> = {
  placeF1: summary.f1.places.f1,
  actorF1: summary.f1.actors.f1,
  numberF1: summary.f1.numbers.f1,
  eventF1: summary.f1.events.f1,
  geocoding: summary.ratios.geocoding.rate,
  actorTypes: summary.ratios.actorTypes.rate,
  numberValues: summary.ratios.numberValues.rate,
  numberCategories: summary.ratios.numberCategories.rate,
  eventDates: summary.ratios.eventDates.rate,
  eventFatalities: summary.ratios.eventFatalities.rate,
  reviewEffort: summary.reviewEffort.rate,
};
const limits: Limits = limitsFile;
if (!checkLimits(figures, limits)) process.exitCode = 1;
