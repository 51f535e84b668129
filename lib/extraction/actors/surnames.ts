import { reason, type Pass } from '../pipeline';
import { entryActor } from './resolve';
import { addFound, mark, type ActorWork, type Surname } from './work';

/**
 * Surnames of people named in full earlier ("Yahya Sinwar ... Sinwar said"): capitalised, anywhere
 * in the article, they stand for what the full name stood for.
 */
export const surnames: Pass<ActorWork> = {
  name: 'actors/surnames',
  run(work) {
    if (work.surnames.size === 0) return;
    const { toks, covered, dict } = work;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (!t || covered[i] || !t.capitalised || !work.surnames.has(t.norm)) continue;
      const { entry, group } = work.surnames.get(t.norm) as Surname;
      mark(work, i, i + 1);
      addFound(work, i, i + 1, {
        origin: 'person',
        resolve: (ctx) =>
          group ? (group.actor ?? group.resolve(ctx)) : entry ? entryActor(dict, entry, ctx) : null,
        by: reason(surnames, 'surname of a person named before'),
      });
    }
  },
};
