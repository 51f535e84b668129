import type { NumberCategory } from '../../schema/mention';
import { categoryMap, wordSet } from './words';

/* Units, currencies, and words that make digits a date, a time or a name (lower case). */

export const MONTHS: ReadonlySet<string> = wordSet(`
  january february march april may june july august september october november december jan feb mar
  apr jun jul aug sep sept oct nov dec
`);

/** Capitalised words that name a thing by its number ("Brigade 47", "Resolution 2254", "Day 672"). */
export const LABEL_WORDS: ReadonlySet<string> = wordSet(`
  day brigade battalion division regiment corps unit squadron platoon company wing operation
  resolution article route highway road street gate block sector zone building camp checkpoint hill
  height flight phase stage part chapter section paragraph level line district ward area base post
  station protocol law decree order amendment volume page tower room apartment plot kilometre
  kilometer km grade class type model mark season round episode no number channel terminal gen
`);

/** Label words that mark a counter even in lower case ("on day 3 of the siege", "no. 5"). */
export const LOWERCASE_LABEL_WORDS: ReadonlySet<string> = wordSet(`
  day no number
`);

/** Glued suffixes that make digits an ordinal, a time or a decade rather than a quantity. */
export const NON_QUANTITY_SUFFIXES: ReadonlySet<string> = wordSet(`
  st nd rd th am pm s h hrs
`);

/** Words after a number that make it a clock time. */
export const TIME_WORDS: ReadonlySet<string> = wordSet(`
  am pm gmt utc hrs o'clock o’clock
`);

/** Measure units: the unit is part of the mention's surface and fixes the category. */
export const UNIT_CATEGORY: ReadonlyMap<string, NumberCategory> = categoryMap({
  percent: `% percent pct`,
  area: `hectares hectare ha acres acre dunums dunams donums dunum dunam feddans feddan sqkm km²`,
  distance: `km kms kilometres kilometers kilometre kilometer miles mile metres meters metre meter yards yard
    feet foot ft`,
  duration: `seconds minutes minute hours hour days day nights weeks week months month years year decades
    decade`,
  money: `dollars dollar euros euro pounds pound usd eur gbp rupees naira shillings hryvnias hryvnia
    roubles rubles dinars riyals birr francs yuan`,
  other: `tonnes tonne tons ton kg kilograms kilogrammes`,
});

/** Units that follow "square"/"sq" to make an area. */
export const SQUARE_BASES: ReadonlySet<string> = wordSet(`
  km kms kilometres kilometers kilometre kilometer miles mile mi m metres meters metre meter
`);

export const CURRENCY_SYMBOLS: ReadonlySet<string> = wordSet(`
  $ £ € ¥ ₦ ₴ ₽ ₹
`);

/** Currency codes written before the amount: "USD 5 million", "Rs 500 crore". */
export const CURRENCY_PREFIX_WORDS: ReadonlySet<string> = wordSet(`
  usd eur gbp rs inr pkr ksh ngn sdg
`);

/** Hyphen compounds naming an age ("a 9-year-old boy"): a number, but not a count of anything. */
export const AGE_SUFFIXES: ReadonlySet<string> = wordSet(`
  year-old month-old week-old day-old years-old
`);
