import { createContext, useEffect, useState } from 'react';
import type { Actor, Place } from '@/lib/schema';

/** Where the event editor's autocomplete comes from: the background's gazetteer and actor dictionary. */
export interface Suggester {
  places(query: string, country: string | null): Promise<Place[]>;
  actors(query: string, country: string | null, date: string | null): Promise<Actor[]>;
}

/** Without a provider (a view rendered on its own), the editor simply offers no suggestions. */
export const SuggesterContext = createContext<Suggester>({
  places: async () => [],
  actors: async () => [],
});

/** How a suggested place reads in a list: enough to tell two Aleppos apart. */
export const placeLabel = (place: Place) =>
  [place.name, place.admin1, place.country].filter(Boolean).join(', ');

/** Suggestions for what is typed, fetched a moment after typing stops; none for under 2 letters. */
export function useSuggestions<T>(query: string, fetch: (query: string) => Promise<T[]>): T[] {
  const [items, setItems] = useState<T[]>([]);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(
      () => {
        if (query.trim().length < 2) setItems([]);
        else
          fetch(query).then(
            (found) => live && setItems(found),
            () => live && setItems([]),
          );
      },
      query ? 150 : 0,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, fetch]);
  return items;
}
