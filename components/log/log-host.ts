import type { Suggester } from '../suggestions';

/** What the event-log page needs from the browser; the entrypoint supplies it. */
export interface LogHost {
  /** Ask the browser for access to an origin; must be called from a user gesture. */
  requestSiteAccess(origin: string): Promise<boolean>;
  revokeSiteAccess(origin: string): Promise<void>;
  /** The browser's consent to what the online map's tiles send (on) or its withdrawal (off); true where none is asked. */
  mapTilesConsent(on: boolean): Promise<boolean>;
  version: string;
  /** Autocomplete for the editors (places from the gazetteer, actors from the dictionary). */
  suggest: Suggester;
}
