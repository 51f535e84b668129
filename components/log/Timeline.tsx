import { useRef, useState, type PointerEvent } from 'react';
import { brushedDates, type TimelineBin } from '@/lib/log/timeline';

type TimelineBar = Pick<TimelineBin, 'from' | 'to' | 'label' | 'count'>;

const HEIGHT = 90;
const AXIS = 16;

/**
 * Events per day, week or month as bars; dragging across bars (brushing) filters the log to
 * those dates. The date fields of the filter bar do the same from the keyboard.
 */
export function Timeline(props: {
  bars: readonly TimelineBar[];
  onBrush: (from: string, to: string) => void;
}) {
  const { bars } = props;
  const svg = useRef<SVGSVGElement>(null);
  const [brush, setBrush] = useState<{ anchor: number; current: number } | null>(null);
  if (!bars.length) return null;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const width = 100 / bars.length;

  const barAt = (event: PointerEvent<SVGSVGElement>) => {
    const box = svg.current?.getBoundingClientRect();
    if (!box || box.width === 0) return 0;
    const share = (event.clientX - box.left) / box.width;
    return Math.max(0, Math.min(bars.length - 1, Math.floor(share * bars.length)));
  };
  const [lo, hi] = brush
    ? [Math.min(brush.anchor, brush.current), Math.max(brush.anchor, brush.current)]
    : [-1, -1];

  return (
    <figure className="timeline">
      <svg
        ref={svg}
        role="img"
        aria-label={`Events over time, ${bars[0]?.from} to ${bars[bars.length - 1]?.to}; drag across bars to filter by date`}
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
          const h = ((HEIGHT - AXIS) * bar.count) / max;
          return (
            <rect
              key={bar.from}
              className={i >= lo && i <= hi ? 'bar brushed' : 'bar'}
              x={i * width + width * 0.1}
              y={HEIGHT - AXIS - h}
              width={width * 0.8}
              height={h}
            >
              <title>{`${bar.label}: ${bar.count} event${bar.count === 1 ? '' : 's'}`}</title>
            </rect>
          );
        })}
      </svg>
      <figcaption className="muted">
        {bars[0]?.label} – {bars[bars.length - 1]?.label} · drag across the bars to filter by date
      </figcaption>
    </figure>
  );
}
