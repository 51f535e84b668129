// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Timeline } from '@/components/log/Timeline';
import { timelineBins, type Granularity } from '@/lib/log/timeline';
import { mount } from './support';

afterEach(() => vi.restoreAllMocks());

/** The timeline laid out `width` pixels wide (jsdom lays nothing out), over `from` to `to`. */
function draw(width: number, from: string, to: string, granularity: Granularity) {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ x: 0, y: 0, width, height: 120 }),
  );
  const bars = timelineBins([{ date: from, fatalities: 2 }], granularity, { from, to });
  const host = mount(<Timeline bars={bars} granularity={granularity} onBrush={() => {}} />);
  const ticks = [...host.querySelectorAll<HTMLElement>('.timeline-axis .tick')];
  return {
    labels: ticks.map((t) => t.textContent),
    lefts: ticks.map((t) => t.style.left),
    caption: host.querySelector('figcaption')?.textContent,
    titles: [...host.querySelectorAll('rect title')].map((t) => t.textContent),
  };
}

describe('the timeline', () => {
  it('labels its axis across the whole width, by month', () => {
    // 12 months over 720 px: room for 10 labels, so every other month.
    const { labels, lefts } = draw(720, '2024-01-01', '2024-12-31', 'month');
    expect(labels).toEqual(['Jan 2024', 'Mar 2024', 'May 2024', 'Jul 2024', 'Sep 2024', 'Nov 2024']);
    expect([lefts[0], lefts[3]]).toEqual(['0%', '50%']);
    // Over 240 px, room for 3: one a year.
    expect(draw(240, '2024-01-01', '2025-12-31', 'month').labels).toEqual(['2024', '2025']);
  });

  it('says weeks and their span in days, never as ISO week codes', () => {
    const { labels, caption, titles } = draw(720, '2025-03-31', '2025-05-11', 'week');
    expect(labels).toEqual(['31 Mar', '7 Apr', '14 Apr', '21 Apr', '28 Apr', '5 May']);
    expect(caption).toBe('31 Mar 2025 – 11 May 2025 · drag across the bars to filter by date');
    expect(titles[0]).toBe('31 Mar – 6 Apr 2025: 1 event');
    expect([...labels, caption, ...titles].join(' ')).not.toMatch(/W\d/);
  });
});
