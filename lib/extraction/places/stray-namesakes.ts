import type { Pass } from '../pipeline';
import { reason } from '../pipeline';
import { typeAfter } from './type-after';
import { addUnknown } from './unknown-names';
import type { PlaceWork } from './work';

/**
 * The namesakes the disambiguation set aside (a small place in a country the article never names,
 * as "al-Marj" in Libya for a Syrian story) that no context rule took: local places the gazetteer
 * does not know, located later at their nearest known parent.
 */
export const strayNamesakes: Pass<PlaceWork> = {
  name: 'places/stray-namesakes',
  run(work) {
    const by = reason(strayNamesakes, 'namesake in a country the article does not name');
    for (const f of work.demoted) {
      const type = typeAfter(work, f.span.end);
      addUnknown(work, f.span, type?.level ?? 'town', by, type?.keep ? type.end : 0);
    }
  },
};
