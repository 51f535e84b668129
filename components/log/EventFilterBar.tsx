import { useDeferredValue, useMemo } from 'react';
import {
  DEFAULT_EVENT_FILTER,
  filterOptions,
  type EventFilter,
  type EventIndex,
  type FilterOption,
} from '@/lib/log/event-filter';

/**
 * The log's filters: dates, event type, actor, country or region, outlet and free text. Each
 * list offers what the log holds, with counts. Typing filters as you type.
 */
export function EventFilterBar(props: {
  index: EventIndex;
  filter: EventFilter;
  onFilter: (filter: EventFilter) => void;
}) {
  const { filter } = props;
  // The choices and their counts follow a moment after the table, which answers a change first.
  const index = useDeferredValue(props.index);
  const options = useMemo(() => filterOptions(index), [index]);
  const set = (change: Partial<EventFilter>) => props.onFilter({ ...filter, ...change });
  const one = (values: readonly string[]) => values[0] ?? '';

  return (
    <form
      className="filter-bar"
      role="search"
      aria-label="Filter the events"
      onSubmit={(e) => e.preventDefault()}
    >
      <label>
        From
        <input
          type="date"
          value={filter.from ?? ''}
          onChange={(e) => set({ from: e.target.value || null })}
        />
      </label>
      <label>
        To
        <input type="date" value={filter.to ?? ''} onChange={(e) => set({ to: e.target.value || null })} />
      </label>
      <label>
        Type
        <select
          aria-label="Event type"
          value={one(filter.eventTypes)}
          onChange={(e) =>
            set({
              eventTypes: options.eventTypes.filter((o) => o.value === e.target.value).map((o) => o.value),
            })
          }
        >
          <option value="">any type</option>
          <CountedOptions options={options.eventTypes} />
        </select>
      </label>
      <label>
        Actor
        <input type="search" value={filter.actor} onChange={(e) => set({ actor: e.target.value })} />
      </label>
      <label>
        Country or region
        <select
          aria-label="Country or region"
          value={filter.regions.length ? `region:${one(filter.regions)}` : one(filter.countries)}
          onChange={(e) => {
            const value = e.target.value;
            set(
              value.startsWith('region:')
                ? { regions: [value.slice('region:'.length)], countries: [] }
                : { countries: value ? [value] : [], regions: [] },
            );
          }}
        >
          <option value="">anywhere</option>
          <optgroup label="Regions">
            <CountedOptions options={options.regions} prefix="region:" />
          </optgroup>
          <optgroup label="Countries">
            <CountedOptions options={options.countries} />
          </optgroup>
        </select>
      </label>
      <label>
        Source
        <select
          aria-label="Source"
          value={one(filter.sources)}
          onChange={(e) => set({ sources: e.target.value ? [e.target.value] : [] })}
        >
          <option value="">any outlet</option>
          <CountedOptions options={options.sources} />
        </select>
      </label>
      <label>
        Text
        <input
          type="search"
          placeholder="words in notes, evidence, places…"
          value={filter.text}
          onChange={(e) => set({ text: e.target.value })}
        />
      </label>
      <button type="button" className="secondary" onClick={() => props.onFilter(DEFAULT_EVENT_FILTER)}>
        Clear filters
      </button>
    </form>
  );
}

/** A filter list's choices, each with how many events have it. */
function CountedOptions(props: { options: readonly FilterOption[]; prefix?: string }) {
  return props.options.map((o) => (
    <option key={o.value} value={`${props.prefix ?? ''}${o.value}`}>
      {o.label} ({o.count.toLocaleString()})
    </option>
  ));
}
