import type { MentionReason } from '../schema/mention';

/**
 * One named step of a finder, with one job: it reads the Doc and what the earlier passes found
 * (the finder's `work`), and adds to it or corrects it. A finder is an ordered list of passes, the
 * way compromise's tagger runs its named passes and spaCy its named components over one document.
 */
export interface Pass<Work> {
  /** "<finder>/<pass>", as a mention's reason names it. */
  readonly name: string;
  run(work: Work): void;
}

/** Run a finder's passes in order over its work, and hand the work back. */
export function runPasses<Work>(passes: readonly Pass<Work>[], work: Work): Work {
  for (const pass of passes) pass.run(work);
  return work;
}

/** The reason a mention carries: which pass found it, by which of its rules. */
export function reason(pass: Pass<never> | string, rule: string): MentionReason {
  return { pass: typeof pass === 'string' ? pass : pass.name, rule };
}
