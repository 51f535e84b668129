// `npm run eval:acled [-- --every N] [--misses N]`: every note of ../shared/acled/events.csv (or
// every N-th) read as an article published the day after its event, scored against the event its
// coder coded (lib/evaluation/acled-note.ts), overall and per event type, with a list of misses to
// study; fails when a figure falls below its floor in eval-acled-floors.json.
import { parseArgs } from 'node:util';
import {
  dayAfter,
  figuresOf,
  scoreNote,
  type NoteFigures,
  type NoteScore,
} from '../lib/evaluation/acled-note';
import { readAcledEvents } from './cli/acled-sample';
import { checkLimits, type Limits } from './cli/limits';
import { loadNodeExtractor } from './cli/node-extractor';
import limitsFile from './eval-acled-floors.json' with { type: 'json' };

const { values } = parseArgs({ options: { every: { type: 'string' }, misses: { type: 'string' } } });
const every = Math.max(1, Number(values.every ?? 1));
const missesShown = Number(values.misses ?? 30);

const extractor = await loadNodeExtractor();
const coded = readAcledEvents().filter((_, index) => index % every === 0);
const scores: NoteScore[] = [];
const notes = new Map<string, string>();
for (const event of coded) {
  const found = extractor.extract({ title: '', text: event.notes, publishedAt: dayAfter(event.event_date) });
  scores.push(scoreNote(event, found));
  notes.set(event.event_id_cnty, event.notes);
}

const COLUMNS: [keyof NoteFigures, string][] = [
  ['anyProposal', 'any'],
  ['proposed', 'proposed'],
  ['topType', 'top type'],
  ['placeFound', 'place'],
  ['subType', 'sub-type'],
  ['actor1Type', 'actor1'],
  ['fatalities', 'deaths'],
  ['date', 'date'],
  ['crowdSize', 'crowd'],
];
const row = (label: string, f: NoteFigures) =>
  `${label.padEnd(28)}${String(f.notes).padStart(6)}  ${COLUMNS.map(([key]) => (f[key]?.toFixed(3) ?? '—').padStart(9)).join('')}`;

const overall = figuresOf(scores);
const types = [...new Set(scores.map((s) => s.eventType))].sort();
console.log(
  `== ACLED notes${every > 1 ? ` (every ${every}th)` : ''}: share of the notes with any proposal, with the coded ` +
    'event proposed (its type at a place within 30 km), with the coded type on top, with a place within 30 km ' +
    'found; then of the proposed ones, the share with the coded sub-type, actor 1 type, deaths and date, and ' +
    'of the proposed demonstrations whose note gives a crowd size, the share tagged with that size',
);
console.log(
  `${'event type'.padEnd(28)}${'notes'.padStart(6)}  ${COLUMNS.map(([, label]) => label.padStart(9)).join('')}`,
);
console.log(row('all', overall));
const byType = new Map(types.map((type) => [type, figuresOf(scores.filter((s) => s.eventType === type))]));
for (const [type, f] of byType) console.log(row(type, f));

console.log(`\n== Misses (the first ${missesShown}: no proposal of the coded type at the coded place)`);
for (const miss of scores.filter((s) => s.matched === null).slice(0, missesShown)) {
  console.log(`-- ${miss.id} ${miss.eventType}: ${(notes.get(miss.id) ?? '').slice(0, 160)}`);
}

const figures: Record<string, number> = {
  proposed: overall.proposed,
  topType: overall.topType,
  placeFound: overall.placeFound,
  actor1Type: overall.actor1Type,
  crowdSize: overall.crowdSize ?? 0,
  ...Object.fromEntries([...byType].map(([type, f]) => [`proposed: ${type}`, f.proposed])),
};
const limits: Limits = limitsFile;
if (!checkLimits(figures, limits)) process.exitCode = 1;
