import { useCallback, useRef, useState, type PointerEvent } from 'react';
import { dayWords } from '@/lib/log/date-words';
import { brushedDates, type Granularity, type TimelineBin } from '@/lib/log/timeline';
import { axisTicks } from '@/lib/log/timeline-axis';

type TimelineBar = Pick<TimelineBin, 'from' | 'to' | 'label' | 'count'>;

const HEIGHT = 74;
/** The room one axis label takes, in pixels: the longest (“Sep 2025”) and a gap. */
const LABEL_WIDTH = 72;

/**
 * Events per day, week or month as bars, over an axis labelled with days, months or years as
 * densely as its width allows; dragging across bars (brushing) filters the log to those dates.
 * The date fields of the filter bar do the same from the keyboard.
 */
export function Timeline(props: {
  bars: readonly TimelineBar[];
  granularity: Granularity;
  onBrush: (from: string, to: string) => void;
}) {
  const { bars } = props;
  const svg = useRef<SVGSVGElement>(null);
  const [brush, setBrush] = useState<{ anchor: number; current: number } | null>(null);
  const [width, measured] = useWidth();
  if (!bars.length) return null;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const share = 100 / bars.length;
  const ticks = axisTicks(bars, props.granularity, Math.floor(width / LABEL_WIDTH));
  const first = dayWords((bars[0] as TimelineBar).from);
  const last = dayWords((bars[bars.length - 1] as TimelineBar).to);

  const barAt = (event: PointerEvent<SVGSVGElement>) => {
    const box = svg.current?.getBoundingClientRect();
    if (!box || box.width === 0) return 0;
    const at = (event.clientX - box.left) / box.width;
    return Math.max(0, Math.min(bars.length - 1, Math.floor(at * bars.length)));
  };
  const [lo, hi] = brush
    ? [Math.min(brush.anchor, brush.current), Math.max(brush.anchor, brush.current)]
    : [-1, -1];

  return (
    <figure className="timeline" ref={measured}>
      <svg
        ref={svg}
        role="img"
        aria-label={`Events over time, ${first} to ${last}; drag across bars to filter by date`}
        viewBox={`0 0 100 ${HEIGHT}`}
        preserveAspectRatio="none"
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          const at = barAt(e);
          setBrush({ anchor: at, current: at });
        }}
        onPointerMove={(e) => brush && setBrush({ ...brush, current: barAt(e) })}
        onPointerUp={() => {
          if (!brush) return;
          const dates = brushedDates(bars, brush.anchor, brush.current);
          setBrush(null);
          if (dates) props.onBrush(dates.from, dates.to);
        }}
      >
        {bars.map((bar, i) => {
          const h = (HEIGHT * bar.count) / max;
          return (
            <rect
              key={bar.from}
              className={i >= lo && i <= hi ? 'bar brushed' : 'bar'}
              x={i * share + share * 0.1}
              y={HEIGHT - h}
              width={share * 0.8}
              height={h}
            >
              <title>{`${bar.label}: ${bar.count} event${bar.count === 1 ? '' : 's'}`}</title>
            </rect>
          );
        })}
      </svg>
      {/* In HTML, not in the stretched SVG, so the labels keep their shape at any width. */}
      <div className="timeline-axis" aria-hidden="true">
        {ticks.map((tick) => (
          <span key={tick.index} className="tick" style={{ left: `${tick.index * share}%` }}>
            {tick.label}
          </span>
        ))}
      </div>
      <figcaption className="muted">
        {first} – {last} · drag across the bars to filter by date
      </figcaption>
    </figure>
  );
}

/**
 * An element's width in pixels, followed as it changes: pass the returned ref to the element.
 * 0 until it is laid out (and where nothing lays out). A ref callback, not an effect, so the
 * width is measured whenever the element appears (the timeline has none while the log is empty).
 */
function useWidth(): [number, (element: HTMLElement | null) => (() => void) | undefined] {
  const [width, setWidth] = useState(0);
  const measured = useCallback((element: HTMLElement | null) => {
    if (!element) return undefined;
    setWidth(element.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(entry.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [width, measured];
}
