import type { Doc } from '../doc/doc';
import { runPasses, type Pass } from '../pipeline';
import { contextTyping } from './context-typing';
import { disambiguate } from './disambiguate';
import { focusCountries } from './focus-countries';
import type { Gazetteer } from './gazetteer';
import { locateUnknowns } from './locate-unknowns';
import { plausibility } from './plausibility';
import { scanNames } from './scan-names';
import { skeletonNames } from './skeleton-names';
import { repeatedNames } from './repeated-names';
import { strayNamesakes } from './stray-namesakes';
import { unknownByContext } from './unknown-by-context';
import { placeWork, type FindPlacesOptions, type PlaceMention, type PlaceWork } from './work';

export type { FindPlacesOptions, PlaceMention } from './work';

/** The places finder's passes, in the order they run. */
export const PLACE_PASSES: readonly Pass<PlaceWork>[] = [
  scanNames,
  plausibility,
  focusCountries,
  disambiguate,
  contextTyping,
  skeletonNames,
  unknownByContext,
  strayNamesakes,
  repeatedNames,
  locateUnknowns,
];

/**
 * Place mentions in an article: gazetteer names (with spelling variants), countries but not their
 * demonyms, regions and sites by context, and places no dictionary knows that context words mark
 * ("the town of X", "X district"), geocoded at their nearest known parent. Ranks the countries the
 * article is about into `doc.focusCountries` on the way.
 */
export function findPlaces(doc: Doc, gazetteer: Gazetteer, options: FindPlacesOptions = {}): PlaceMention[] {
  return runPasses(PLACE_PASSES, placeWork(doc, gazetteer, options)).mentions;
}
