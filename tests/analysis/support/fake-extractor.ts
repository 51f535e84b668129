import { eventFromSelection } from '@/lib/analysis/event-from-selection';
import type { FoundMentions } from '@/lib/extraction/extract';
import type { ArticleText, LoadedExtractor } from '@/lib/extraction/service/extraction-service';
import { paintable } from '@/lib/highlights/paint-request';

/** A loaded extractor that answers with what `find` says (its events asked for when wanted). */
export function fakeExtractor(find: (article: ArticleText) => FoundMentions): LoadedExtractor {
  return {
    timings: { hostMs: 0, gazetteerMs: 0, warmUpMs: 0, extractorMs: 0 },
    find: async (article) => {
      const found = find(article);
      return { ...paintable(found.mentions), proposeEvents: async () => found.proposeEvents() };
    },
    eventFromSelection: async (article, selection, today) => {
      const found = find(article);
      return eventFromSelection(article, selection, { ...found, events: found.proposeEvents() }, today);
    },
  };
}
