import { lazy, Suspense, useCallback, useContext, useMemo, useState } from 'react';
import { MAX_NAME_CHARS } from '@/lib/schema/import-bounds';
import { eventLocationOf } from '@/lib/extraction/events/event-location';
import { allCountries } from '@/lib/geo/countries';
import type { GeoPrecision, Place } from '@/lib/schema';
import { PlaceOptions } from '../editor-parts';
import { placeLabel, SuggesterContext, useSuggestions } from '../suggestions';
import { coordinateOf, placeDraftOf, roundCoordinate, type PlaceDraft } from './place-draft';

// Leaflet loads only when the user asks for the map: the side panel opens without it.
const MapPicker = lazy(() => import('../map/MapPicker'));

const GEO_PRECISION: Record<GeoPrecision, string> = {
  1: '1 · the place itself',
  2: '2 · near or part of it',
  3: '3 · only the region',
};

/**
 * Where an event happened, every ACLED field of it: the place (picked from the gazetteer, which
 * fills the rest, or typed), its country, admin1–3, coordinates with their precision, and a map to
 * click or drag the point on. Suggestions come from every country, the event's own first.
 */
export function PlaceFields(props: {
  id: (field: string) => string;
  draft: PlaceDraft;
  onChange: (draft: PlaceDraft) => void;
}) {
  const { id, draft, onChange } = props;
  const set = (change: Partial<PlaceDraft>) => onChange({ ...draft, ...change });
  const [picked, setPicked] = useState<Place | null>(null);
  const [mapOpen, setMapOpen] = useState(false);
  const suggester = useContext(SuggesterContext);
  const fetchPlaces = useCallback(
    (q: string) => suggester.places(q, draft.country || null),
    [suggester, draft.country],
  );
  const placeOptions = useSuggestions(picked ? '' : draft.name, fetchPlaces);
  const countries = useMemo(() => allCountries(), []);
  const text = (field: 'admin1' | 'admin2' | 'admin3' | 'lat' | 'lon', label: string, hint?: string) => (
    <>
      <label htmlFor={id(field)}>{label}</label>
      <input
        id={id(field)}
        autoComplete="off"
        inputMode={field === 'lat' || field === 'lon' ? 'decimal' : undefined}
        maxLength={MAX_NAME_CHARS}
        placeholder={hint}
        value={draft[field]}
        onChange={(e) => set({ [field]: e.target.value })}
      />
    </>
  );

  return (
    <fieldset className="place-fields span-2">
      <legend>Where</legend>
      <label htmlFor={id('place')}>Place</label>
      <input
        id={id('place')}
        list={id('places')}
        autoComplete="off"
        maxLength={MAX_NAME_CHARS}
        value={draft.name}
        onChange={(e) => {
          const place = placeOptions.find((p) => placeLabel(p) === e.target.value) ?? null;
          setPicked(place);
          // A suggestion brings its country, region and coordinates; a typed name only itself.
          if (place) onChange({ ...placeDraftOf(eventLocationOf(place)), name: place.name });
          else set({ name: e.target.value });
        }}
      />
      <PlaceOptions id={id('places')} places={placeOptions} />
      <label htmlFor={id('country')}>Country</label>
      <select id={id('country')} value={draft.country} onChange={(e) => set({ country: e.target.value })}>
        <option value="">unknown</option>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name} ({c.iso3})
          </option>
        ))}
      </select>
      {text('admin1', 'Admin 1', 'province, state, region')}
      {text('admin2', 'Admin 2', 'district')}
      {text('admin3', 'Admin 3', 'sub-district')}
      {text('lat', 'Latitude', 'e.g. 15.6')}
      {text('lon', 'Longitude', 'e.g. 32.5')}
      <label htmlFor={id('geo-precision')}>Geo precision</label>
      <select
        id={id('geo-precision')}
        value={draft.geoPrecision}
        onChange={(e) => set({ geoPrecision: Number(e.target.value) as GeoPrecision })}
      >
        {Object.entries(GEO_PRECISION).map(([code, label]) => (
          <option key={code} value={code}>
            {label}
          </option>
        ))}
      </select>
      <span />
      <button
        type="button"
        className="secondary"
        aria-expanded={mapOpen}
        onClick={() => setMapOpen(!mapOpen)}
      >
        {mapOpen ? 'Hide the map' : 'Pick on the map'}
      </button>
      {mapOpen && (
        <div className="span-2">
          <Suspense fallback={<p className="muted">Loading the map…</p>}>
            <MapPicker
              lat={coordinateOf(draft.lat, 90)}
              lon={coordinateOf(draft.lon, 180)}
              country={draft.country}
              onPick={({ lat, lon }) =>
                set({ lat: String(roundCoordinate(lat)), lon: String(roundCoordinate(lon)) })
              }
            />
          </Suspense>
          <p className="muted">Click to place the event, drag the pin to move it.</p>
        </div>
      )}
    </fieldset>
  );
}
