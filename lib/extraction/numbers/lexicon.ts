/** Word lists for reading quantities in English conflict reporting, one file per topic. */
export * from './lexicon-numbers';
export * from './lexicon-units';
export * from './lexicon-casualty';
export * from './lexicon-nouns';
