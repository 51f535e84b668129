import { f1Of, type Counts } from './one-to-one';
import type { ArticleScore, KindScore, Ratio, ReviewEffort } from './score-article';

const KINDS = ['places', 'actors', 'numbers', 'events'] as const;
const RATIOS = [
  'geocoding',
  'actorTypes',
  'numberValues',
  'numberCategories',
  'eventDates',
  'eventFatalities',
] as const;

export type KindName = (typeof KINDS)[number];
export type RatioName = (typeof RATIOS)[number];

export interface Summary {
  f1: Record<KindName, { precision: number; recall: number; f1: number } & Counts>;
  ratios: Record<RatioName, Ratio & { rate: number }>;
  /** Review effort over all articles: their actions over their typing (1.0 = no help). */
  reviewEffort: ReviewEffort & { rate: number };
}

/** actions / typing; with nothing to type, any action at all is no help. */
export function effortRate({ actions, typing }: ReviewEffort): number {
  return typing === 0 ? (actions === 0 ? 0 : 1) : actions / typing;
}

/** Micro-averaged over all articles: every mention and event counts once. */
export function summarise(scores: readonly ArticleScore[]): Summary {
  const f1 = {} as Summary['f1'];
  for (const kind of KINDS) {
    const counts = scores.reduce<Counts>(
      (sum, s) => ({ tp: sum.tp + s[kind].tp, fp: sum.fp + s[kind].fp, fn: sum.fn + s[kind].fn }),
      { tp: 0, fp: 0, fn: 0 },
    );
    f1[kind] = { ...counts, ...f1Of(counts) };
  }
  const ratios = {} as Summary['ratios'];
  for (const name of RATIOS) {
    const hits = scores.reduce((n, s) => n + s[name].hits, 0);
    const total = scores.reduce((n, s) => n + s[name].total, 0);
    ratios[name] = { hits, total, rate: total === 0 ? 1 : hits / total };
  }
  const effort = scores.reduce<ReviewEffort>(
    (sum, s) => ({
      actions: sum.actions + s.reviewEffort.actions,
      typing: sum.typing + s.reviewEffort.typing,
    }),
    { actions: 0, typing: 0 },
  );
  return { f1, ratios, reviewEffort: { ...effort, rate: effortRate(effort) } };
}

const pct = (x: number) => x.toFixed(3);
const pad = (s: string, n: number) => s.padEnd(n);

function kindCell(k: KindScore): string {
  const { f1 } = f1Of(k);
  return `${pct(f1)} (${k.tp}/${k.tp + k.fn}, ${k.fp} fp)`;
}

/** The evaluation report: totals, a per-article table and the list of misses. */
export function formatReport(scores: readonly ArticleScore[], summary: Summary): string {
  const lines: string[] = [];
  lines.push('== Totals (micro-averaged)');
  for (const kind of KINDS) {
    const s = summary.f1[kind];
    lines.push(
      `${pad(kind, 10)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`,
    );
  }
  for (const name of RATIOS) {
    const r = summary.ratios[name];
    lines.push(`${pad(name, 17)} ${pct(r.rate)}  (${r.hits}/${r.total})`);
  }
  const effort = summary.reviewEffort;
  lines.push(
    `${pad('reviewEffort', 17)} ${pct(effort.rate)}  (${effort.actions} actions / ${effort.typing} to type)`,
  );
  lines.push('', '== Per article (F1, matched/gold, false positives; review effort)');
  const idWidth = Math.max('article'.length, ...scores.map((s) => s.id.length)) + 2;
  lines.push(
    `${pad('article', idWidth)}${pad('places', 22)}${pad('actors', 22)}${pad('numbers', 22)}${pad('events', 22)}effort`,
  );
  for (const s of scores) {
    lines.push(
      `${pad(s.id, idWidth)}${pad(kindCell(s.places), 22)}${pad(kindCell(s.actors), 22)}${pad(kindCell(s.numbers), 22)}${pad(kindCell(s.events), 22)}${pct(effortRate(s.reviewEffort))} (${s.reviewEffort.actions}/${s.reviewEffort.typing})`,
    );
  }
  lines.push('', '== Misses');
  for (const s of scores) {
    lines.push(`-- ${s.id}`);
    for (const kind of KINDS) {
      if (s[kind].missed.length) lines.push(`  missed ${kind}: ${s[kind].missed.join(' | ')}`);
      if (s[kind].spurious.length) lines.push(`  spurious ${kind}: ${s[kind].spurious.join(' | ')}`);
    }
    for (const w of s.wrong) lines.push(`  wrong: ${w}`);
  }
  return lines.join('\n');
}
