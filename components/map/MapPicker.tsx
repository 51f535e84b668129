import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import { countryOfCode } from '@/lib/geo/countries';
import { BASEMAP, countryOutline } from './basemap';

export interface PickedPoint {
  lat: number;
  lon: number;
}

/** The bounds of a country's outline, when the bundled map has it. */
function countryBounds(code: string): L.LatLngBounds | null {
  const iso = countryOfCode(code)?.iso;
  const outline = iso === null || iso === undefined ? undefined : countryOutline(iso);
  return outline ? L.geoJSON(outline).getBounds() : null;
}

/**
 * A map to place an event by hand: click to put the pin, drag it to move it. It opens on the
 * event's point, else on its country, else on the world; the outlines are bundled, so it works
 * offline. Typing the coordinates does the same for those who do not use a mouse.
 */
export default function MapPicker(props: {
  lat: number | null;
  lon: number | null;
  country: string;
  onPick: (point: PickedPoint) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const marker = useRef<L.Marker | null>(null);
  const onPick = useRef(props.onPick);
  useEffect(() => {
    onPick.current = props.onPick;
  }, [props.onPick]);
  const shownCountry = useRef<string | null>(null);
  const initial = useRef({ lat: props.lat, lon: props.lon, country: props.country });

  useEffect(() => {
    if (!container.current) return;
    const created = L.map(container.current, { worldCopyJump: true, minZoom: 1, maxZoom: 14 });
    // It opens on the event's point when that lies in its country, else on the country, else on
    // the world.
    const start = initial.current;
    const bounds = start.country ? countryBounds(start.country) : null;
    const point = start.lat !== null && start.lon !== null ? L.latLng(start.lat, start.lon) : null;
    if (point && (!bounds || bounds.contains(point))) created.setView(point, 7);
    else if (bounds) created.fitBounds(bounds, { padding: [8, 8] });
    else created.setView([20, 10], 1);
    shownCountry.current = start.country;
    L.geoJSON(BASEMAP, {
      style: { color: '#ffffff', weight: 0.7, fillColor: '#c9d1d9', fillOpacity: 1 },
      interactive: false,
    }).addTo(created);
    created.on('click', (e: L.LeafletMouseEvent) => {
      const { lat, lng } = e.latlng.wrap();
      onPick.current({ lat, lon: lng });
    });
    map.current = created;
    return () => {
      created.remove();
      map.current = null;
      marker.current = null;
    };
  }, []);

  // The pin follows the coordinates, however they were set (click, drag, typed, a picked place).
  const { lat, lon, country } = props;
  useEffect(() => {
    const current = map.current;
    if (!current) return;
    if (lat === null || lon === null) {
      marker.current?.remove();
      marker.current = null;
      return;
    }
    if (!marker.current) {
      marker.current = L.marker([lat, lon], {
        draggable: true,
        keyboard: false,
        title: 'The event’s place: drag to move it',
        icon: L.divIcon({ className: 'pick-marker', iconSize: [18, 18] }),
      }).addTo(current);
      marker.current.on('dragend', () => {
        const point = marker.current?.getLatLng().wrap();
        if (point) onPick.current({ lat: point.lat, lon: point.lng });
      });
    } else marker.current.setLatLng([lat, lon]);
  }, [lat, lon]);

  // When the country changes, the view moves to it, unless the point already lies in it.
  useEffect(() => {
    const current = map.current;
    if (!current || shownCountry.current === country) return;
    shownCountry.current = country;
    const bounds = country ? countryBounds(country) : null;
    const point = lat !== null && lon !== null ? L.latLng(lat, lon) : null;
    if (bounds && !(point && bounds.contains(point))) current.fitBounds(bounds, { padding: [8, 8] });
  }, [country, lat, lon]);

  return (
    <div ref={container} className="map-picker" role="group" aria-label="Map: click to place the event" />
  );
}
