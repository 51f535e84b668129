/**
 * A function of a lexicon section (a Set or Map built from its word lists), computed once per
 * section: finders build their indexes of the words through it, whatever the language. Free of
 * the lexicon's schema (zod), so that the page's capture script can use it.
 */
export function indexedBy<Source extends object, Index>(
  build: (source: Source) => Index,
): (source: Source) => Index {
  const built = new WeakMap<Source, Index>();
  return (source) => {
    let index = built.get(source);
    if (index === undefined) {
      index = build(source);
      built.set(source, index);
    }
    return index;
  };
}
