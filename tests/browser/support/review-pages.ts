/**
 * The corpus pages the browser tests review, edit and correct, beyond the tests that go over every
 * page. They are chosen by name for what those tests need of them, so the corpus can grow:
 * - `first` and `second` both name Damascus as a place (the correction test un-teaches it on one
 *   and checks the other) and each gets three or more proposed events (keyboard review, event log);
 * - `third` holds the words the selection and correction tests select ("ultimatum", "a number
 *   of", and a sentence no event was proposed for).
 */
export const REVIEW_PAGES = { first: 'seed-000', second: 'seed-001', third: 'seed-002' } as const;
