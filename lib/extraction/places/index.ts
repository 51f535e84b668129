export type { GazetteerAsset } from './asset';
export { Gazetteer, loadGazetteer, type EntryId, type LoadOptions } from './gazetteer';
export { findPlaces, PLACE_PASSES, type FindPlacesOptions, type PlaceMention } from './find-places';
export { curatedSupplement, SupplementSchema, type SupplementPlace } from './supplement';
export { nameKey, skeleton } from './variants';
export type { PlaceWork } from './work';
