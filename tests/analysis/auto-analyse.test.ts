import { describe, expect, it } from 'vitest';
import { AutoAnalysisGate } from '@/lib/analysis/auto-analysis-gate';
import { analyseIfAutomatic, type AutoAnalysePorts } from '@/lib/analysis/auto-analyse';

function ports(optedIn: string[], granted = true) {
  let now = 5_000_000;
  const analysed: string[] = [];
  const value: AutoAnalysePorts = {
    optedInOrigins: async () => optedIn,
    hasHostAccess: async () => granted,
    gate: new AutoAnalysisGate(undefined, () => now),
    analyse: async (tab) => analysed.push(tab.url),
  };
  return { value, analysed, advance: (ms: number) => (now += ms) };
}

describe('analyseIfAutomatic', () => {
  it('analyses pages only on origins the user opted into, with host access granted', async () => {
    const { value, analysed } = ports(['https://www.lakepost.com']);
    expect(await analyseIfAutomatic(1, 'https://www.lakepost.com/a', value)).toBe(true);
    expect(await analyseIfAutomatic(1, 'https://riverside.example/a', value)).toBe(false);
    expect(await analyseIfAutomatic(1, 'not an address', value)).toBe(false);
    const { value: ungranted } = ports(['https://www.lakepost.com'], false);
    expect(await analyseIfAutomatic(1, 'https://www.lakepost.com/b', ungranted)).toBe(false);
    expect(analysed).toEqual(['https://www.lakepost.com/a']);
  });

  it('stops a page that rewrites its address every few seconds from storing article after article', async () => {
    const { value, analysed, advance } = ports(['https://loop.example']);
    for (let i = 0; i < 24; i++) {
      await analyseIfAutomatic(3, `https://loop.example/story?page=${i}`, value);
      advance(2_500);
    }
    // A minute of it: no more than the per-tab bound, instead of 24.
    expect(analysed).toHaveLength(3);
  });
});
