import { describe, expect, it } from 'vitest';
import { AutoAnalysisGate, type AutoAnalysisLimits } from '@/lib/analysis/auto-analysis-gate';

const LIMITS: AutoAnalysisLimits = {
  perTab: { count: 3, windowMs: 60_000 },
  perSite: { count: 5, windowMs: 600_000 },
};

/** A gate on a clock the test moves. */
function gate() {
  let now = 1_000_000;
  const made = new AutoAnalysisGate(LIMITS, () => now);
  return { gate: made, advance: (ms: number) => (now += ms) };
}

describe('AutoAnalysisGate', () => {
  it('bounds a page that changes its query string every few seconds', () => {
    const { gate: g, advance } = gate();
    const admitted: number[] = [];
    // Two minutes at one new address every 2.5 s: what the page asked for, 48 times.
    for (let i = 0; i < 48; i++) {
      if (g.admit(1, `https://loop.example/story?n=${i}`)) admitted.push(i);
      advance(2_500);
    }
    // Three in the first minute, then the site's bound of five distinct articles holds.
    expect(admitted).toEqual([0, 1, 2, 24, 25]);
  });

  it('bounds one tab, and lets it go on once the window has passed', () => {
    const { gate: g, advance } = gate();
    const url = 'https://lakepost.com/world/dam';
    expect([1, 2, 3, 4].map(() => g.admit(7, url))).toEqual([true, true, true, false]);
    advance(59_999);
    expect(g.admit(7, url)).toBe(false);
    advance(1);
    expect(g.admit(7, url)).toBe(true);
  });

  it('counts a site’s articles across tabs, and a closed tab does not reset the site', () => {
    const { gate: g } = gate();
    const results = [1, 2, 3, 4, 5, 6].map((tab) => g.admit(tab, `https://www.lakepost.com/a${tab}`));
    expect(results).toEqual([true, true, true, true, true, false]);
    g.forgetTab(1);
    expect(g.admit(1, 'https://amp.lakepost.com/a7')).toBe(false);
    // Another site has its own count.
    expect(g.admit(1, 'https://riverside.example/a1')).toBe(true);
  });

  it('treats addresses that differ only in tracking or presentation parameters as one article', () => {
    const { gate: g } = gate();
    for (let tab = 1; tab <= 5; tab++) expect(g.admit(tab, `https://www.lakepost.com/a${tab}`)).toBe(true);
    // Full for new articles, but these are a1 again.
    expect(g.admit(10, 'https://www.lakepost.com/a1?utm_source=feed')).toBe(true);
    expect(g.admit(11, 'https://www.lakepost.com/a1?print=1#comments')).toBe(true);
    expect(g.admit(12, 'https://www.lakepost.com/a6')).toBe(false);
  });
});
