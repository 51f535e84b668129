import { browser } from 'wxt/browser';

/** Firefox's permission request for a data-collection category (missing from the typings WXT ships). */
interface DataCollectionPermissions {
  request(permissions: { data_collection: string[] }): Promise<boolean>;
  remove(permissions: { data_collection: string[] }): Promise<boolean>;
}

/** What the tile server learns (which map areas are viewed), in Firefox's categories: see wxt.config.ts. */
const TILES_SEND = { data_collection: ['locationInfo'] };

/**
 * Firefox's consent to the online map's tiles, asked when the user turns the map on and withdrawn
 * when it is turned off. Chrome has no such consent to ask. A Firefox that does not know the
 * category has no consent to ask either.
 */
export async function mapTilesConsent(on: boolean): Promise<boolean> {
  if (!import.meta.env.FIREFOX) return true;
  const permissions = browser.permissions as unknown as DataCollectionPermissions;
  try {
    if (on) return await permissions.request(TILES_SEND);
    await permissions.remove(TILES_SEND);
    return true;
  } catch {
    return true;
  }
}
