import { createContext } from 'react';
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
