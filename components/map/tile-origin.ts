/**
 * The only server the extension's pages may load from (the opt-in online map's tiles); the manifest's
 * content security policy allows it as an image source, so it lives apart from the map code.
 */
export const OSM_TILE_ORIGIN = 'https://tile.openstreetmap.org';
