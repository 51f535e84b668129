import L from 'leaflet';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import { useEffect, useMemo, useRef } from 'react';
import type { ConflictEvent } from '@/lib/schema';
import { BASEMAP, OSM_TILES } from '../map/basemap';
/** Markers drawn at most: clustering more keeps the page busy for seconds on every filter change. */
export const MAX_MARKERS = 5_000;

/**
 * The filtered events on a map, clustered. The basemap is bundled; OpenStreetMap tiles are drawn
 * only when the user turned them on (they are fetched from the network). Popups are built from
 * text nodes: event fields come from web pages and are never parsed as HTML.
 */
export function EventMap(props: { events: readonly ConflictEvent[]; onlineTiles: boolean }) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const clusters = useRef<L.MarkerClusterGroup | null>(null);
  const tiles = useRef<L.TileLayer | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const created = L.map(container.current, { worldCopyJump: true, minZoom: 1, maxZoom: 18 }).setView(
      [20, 10],
      2,
    );
    L.geoJSON(BASEMAP, {
      style: { color: '#ffffff', weight: 0.7, fillColor: '#c9d1d9', fillOpacity: 1 },
      interactive: false,
    }).addTo(created);
    // Markers are added in one go (at most MAX_MARKERS): chunked adding would outlive the next
    // update and leave stale markers behind.
    const group = L.markerClusterGroup({ showCoverageOnHover: false });
    group.addTo(created);
    map.current = created;
    clusters.current = group;
    return () => {
      created.remove();
      map.current = null;
      clusters.current = null;
    };
  }, []);

  useEffect(() => {
    const current = map.current;
    if (!current) return;
    if (props.onlineTiles && !tiles.current) {
      tiles.current = L.tileLayer(OSM_TILES, {
        maxZoom: 18,
        attribution: '© OpenStreetMap contributors',
      }).addTo(current);
      tiles.current.bringToBack();
    } else if (!props.onlineTiles && tiles.current) {
      tiles.current.remove();
      tiles.current = null;
    }
  }, [props.onlineTiles]);

  /** The markers on the map now. */
  const shown = useRef(new Set<L.CircleMarker>());
  useEffect(() => {
    const group = clusters.current;
    const current = map.current;
    if (!group || !current) return;
    // After the frame that shows the table: markers for 100,000 events are not worth a wait.
    const update = () => {
      const next = new Set<L.CircleMarker>();
      for (const event of props.events) {
        const marker = markerOf(event);
        if (marker) next.add(marker);
        if (next.size === MAX_MARKERS) break;
      }
      const before = shown.current;
      const removed = [...before].filter((m) => !next.has(m));
      const added = [...next].filter((m) => !before.has(m));
      shown.current = next;
      // An edit swaps one marker (its event is a new object): re-clustering thousands of
      // untouched markers, or moving the view the user chose, is not called for.
      if (removed.length > next.size / 2) {
        group.clearLayers();
        group.addLayers([...next]);
      } else {
        group.removeLayers(removed);
        group.addLayers(added);
      }
      if (next.size && added.length + removed.length > 2) {
        const bounds = group.getBounds();
        // Country outlines at 1:110m blur past zoom 6: the user zooms further if they want.
        if (bounds.isValid()) current.fitBounds(bounds.pad(0.2), { maxZoom: 6, animate: false });
      }
      // How many times the markers were drawn: the page (and a test) can tell a redraw happened.
      const box = current.getContainer();
      box.dataset.drawn = String(Number(box.dataset.drawn ?? 0) + 1);
    };
    const idle = requestIdleCallback(update, { timeout: 500 });
    return () => cancelIdleCallback(idle);
  }, [props.events]);

  // Counted once per list, not on every render: the map re-renders with the whole log page.
  const mapped = useMemo(() => {
    let count = 0;
    for (const e of props.events) if (e.location?.lat != null && e.location.lon != null) count++;
    return count;
  }, [props.events]);
  return (
    <>
      <div ref={container} className="event-map" role="region" aria-label="Map of the events" />
      {mapped > MAX_MARKERS && (
        <p className="muted">
          The map shows the first {MAX_MARKERS.toLocaleString()} of the {mapped.toLocaleString()} shown events
          with coordinates, in the table’s order: filter to map the others.
        </p>
      )}
    </>
  );
}

/** One marker per stored event object, made once: a filter change only picks which are shown. */
const markers = new WeakMap<ConflictEvent, L.CircleMarker | null>();

function markerOf(event: ConflictEvent): L.CircleMarker | null {
  let marker = markers.get(event);
  if (marker === undefined) {
    const { lat, lon } = event.location ?? {};
    marker =
      lat == null || lon == null
        ? null
        : L.circleMarker([lat, lon], {
            radius: 6,
            color: '#8a2b06',
            weight: 1,
            fillColor: '#e66100',
            fillOpacity: 0.8,
            className: 'event-marker',
          }).bindPopup(() => popupOf(event));
    markers.set(event, marker);
  }
  return marker;
}

function popupOf(event: ConflictEvent): HTMLElement {
  const box = document.createElement('div');
  const line = (text: string, strong = false) => {
    const element = document.createElement(strong ? 'strong' : 'div');
    element.textContent = text;
    box.append(element);
  };
  line(`${event.date} · ${event.subEventType}`, true);
  line([event.location?.name, event.location?.admin1, event.location?.country].filter(Boolean).join(', '));
  line(`${event.actor1?.canonical ?? 'unknown'} → ${event.actor2?.canonical ?? 'unknown'}`);
  if (event.fatalities !== null) line(`Killed: ${event.fatalities}`);
  line(event.source);
  return box;
}
