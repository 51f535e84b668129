import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ExtractionResultSchema } from '@/lib/schema';
import { CORPUS_DIR } from '../support/corpus';

const run = promisify(execFile);
const TSX = path.resolve('node_modules/.bin/tsx');

async function extract(...args: string[]) {
  const { stdout, stderr } = await run(TSX, ['scripts/extract.ts', ...args], { timeout: 120_000 });
  return { lines: stdout.trim().split('\n').filter(Boolean), stderr };
}

describe('npm run extract', () => {
  it('prints one valid ExtractionResult per file, from .txt and .html alike', async () => {
    const txt = path.join(CORPUS_DIR, 'articles', 'seed-000.txt');
    const html = path.join(CORPUS_DIR, 'pages', 'seed-000.html');
    const { lines } = await extract(txt, html);
    expect(lines).toHaveLength(2);
    const [fromTxt, fromHtml] = lines.map((line) => ExtractionResultSchema.parse(JSON.parse(line)));
    expect(fromTxt?.source).toBe(txt);
    expect(fromTxt?.article.publishedAt).toBe('2013-10-10');
    expect(fromHtml?.article.title).toMatch(/^Syria Military Round-Up/);
    for (const result of [fromTxt, fromHtml]) {
      expect(result?.mentions.length).toBeGreaterThan(10);
      expect(result?.events.length).toBeGreaterThan(0);
      for (const m of result?.mentions ?? []) expect(result?.article.text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('takes the publication date from --published', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'extract-'));
    const file = path.join(dir, 'brief.txt');
    await writeFile(file, 'Drones struck an oil depot in Kupiansk on Tuesday, killing two guards.\n');
    const [line] = (await extract(file, '--published', '2024-05-10')).lines;
    const result = ExtractionResultSchema.parse(JSON.parse(line ?? ''));
    expect(result.article.publishedAt).toBe('2024-05-10');
    expect(result.events[0]?.date).toBe('2024-05-07');
  });

  it('explains each mention with the pass and rule that found it, with --explain', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'extract-'));
    const file = path.join(dir, 'brief.txt');
    await writeFile(file, 'Drones struck an oil depot in Kupiansk on Tuesday, killing two guards.\n');
    const { lines } = await extract(file, '--published', '2024-05-10', '--explain');
    const text = lines.join('\n');
    expect(text).toMatch(/3 mentions, in text order/);
    expect(text).toMatch(/place +"Kupiansk" +Kupiansk · town[^\n]*\n +← places\/scan-names: gazetteer name/);
    expect(text).toMatch(
      /date +"Tuesday" +2024-05-07[^\n]*\n +← dates\/chrono-windows: weekday: the last one/,
    );
    expect(text).toMatch(/number +"two" +2 · killed[^\n]*\n +← numbers\/categories: /);
    expect(text).toMatch(
      /1 proposed events:\n +1\. Explosions\/Remote violence \/ Air\/drone strike · 2024-05-07/,
    );
  });

  it('reports a broken or article-less page on stderr and goes on with the other files', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'extract-'));
    const empty = path.join(dir, 'empty.html');
    const broken = path.join(dir, 'broken.html');
    await writeFile(empty, '<html><body></body></html>');
    await writeFile(
      broken,
      '<html><body><article><h1>Clashes</h1><p>Fighting resumed near the dam at dawn, residents said, as both sides traded artillery fire across the river for a third day.<p>Officials said two soldiers were wounded.</div></span>',
    );
    const failure = await run(TSX, ['scripts/extract.ts', empty, broken], { timeout: 120_000 }).catch(
      (error: { stdout: string; stderr: string; code: number }) => error,
    );
    expect('code' in failure ? failure.code : 0).toBe(1);
    expect(failure.stderr).toContain(`${empty}: `);
    const lines = failure.stdout.trim().split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(ExtractionResultSchema.parse(JSON.parse(lines[0] ?? '')).source).toBe(broken);
  });

  it('explains its usage when given no file', async () => {
    const failure = await run(TSX, ['scripts/extract.ts']).catch(
      (error: { stderr: string; code: number }) => error,
    );
    expect('code' in failure && failure.code).toBe(2);
    expect(failure.stderr).toMatch(/usage/);
  });
});
