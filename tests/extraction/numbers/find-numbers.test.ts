import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../../lib/extraction/doc/doc';
import { findNumbers as findInDoc, type NumberMention } from '../../../lib/extraction/numbers';
import { MAX_COUNT, MentionSchema, type Quantity } from '../../../lib/schema/mention';

/** The numbers finder reads a Doc: the text's tokens and sentences, built once. */
function findNumbers(text: string) {
  return findInDoc(buildDoc({ text, publishedAt: null }));
}

/** The mention whose surface is `surface` (the nth when repeated); fails the test when absent. */
function mention(text: string, surface: string, nth = 0): NumberMention {
  const found = findNumbers(text).filter((m) => m.text === surface);
  const hit = found[nth];
  if (!hit) {
    const seen = findNumbers(text).map((m) => m.text);
    throw new Error(
      `no mention ${JSON.stringify(surface)} in ${JSON.stringify(text)}; found ${JSON.stringify(seen)}`,
    );
  }
  return hit;
}

function quantity(text: string, surface: string, nth = 0): Quantity {
  return mention(text, surface, nth).number;
}

function surfaces(text: string): string[] {
  return findNumbers(text).map((m) => m.text);
}

describe('findNumbers: surfaces and offsets', () => {
  const article =
    'KHARTOUM — At least 40 people were killed and dozens wounded on Tuesday when shells hit a market in Omdurman.\n\n' +
    'Aid groups said 1.2 million people have fled Darfur, about 30 km from the border.';

  it('gives offsets into the text that slice back to the surface', () => {
    const found = findNumbers(article);
    expect(found.map((m) => m.text)).toEqual(['At least 40', 'dozens', '1.2 million', 'about 30 km']);
    for (const m of found) {
      expect(article.slice(m.start, m.end)).toBe(m.text);
      expect(MentionSchema.safeParse(m).success).toBe(true);
    }
  });

  it('returns nothing for text without quantities', () => {
    expect(findNumbers('')).toEqual([]);
    expect(findNumbers('Heavy fighting continued in the north, residents said.')).toEqual([]);
  });

  it('keeps curly apostrophes and non-breaking spaces in offsets', () => {
    const text = 'The army’s shelling killed\u00a0seven villagers in Marib.';
    const m = mention(text, 'seven');
    expect(text.slice(m.start, m.end)).toBe('seven');
    expect(m.number).toMatchObject({ value: 7, category: 'killed', of: 'villagers' });
  });
});

describe('findNumbers: digits', () => {
  it('reads thousands separators, decimals and scale words', () => {
    expect(quantity('The monitor recorded 75,259 deaths.', '75,259').value).toBe(75259);
    expect(quantity('More than 3,000 families arrived in Adré.', 'More than 3,000').value).toBe(3000);
    expect(quantity('The war has displaced 1.2 million people.', '1.2 million').value).toBe(1_200_000);
    expect(quantity('Some 8.2 million Sudanese have fled.', 'Some 8.2 million').value).toBe(8_200_000);
    expect(quantity('The bridge is 2.5 km long.', '2.5 km').value).toBe(2.5);
  });

  it('codes an exact figure as value = low = high', () => {
    expect(quantity('Police said 19 protesters were arrested in Tbilisi.', '19')).toEqual({
      value: 19,
      low: 19,
      high: 19,
      vague: false,
      category: 'captured',
      of: 'protesters',
    });
  });
});

describe('findNumbers: number words', () => {
  it.each([
    ['Four soldiers died in the ambush near Gao.', 'Four', 4],
    ['Twenty-five villagers were abducted in Zamfara.', 'Twenty-five', 25],
    ['A hundred families left the camp overnight.', 'A hundred', 100],
    ['Two dozen fighters surrendered in Marawi.', 'Two dozen', 24],
    ['A dozen soldiers were wounded near Bakhmut.', 'A dozen', 12],
    ['One hundred and twenty houses were burned in Rakhine.', 'One hundred and twenty', 120],
    ['Half a dozen drones struck Odesa.', 'Half a dozen', 6],
    ['Three thousand troops crossed the river.', 'Three thousand', 3000],
  ])('%s', (text, surface, value) => {
    expect(quantity(text, surface)).toMatchObject({ value, low: value, high: value, vague: false });
  });

  it('reads "one" only as a count', () => {
    expect(quantity('One civilian was killed in Kherson.', 'One')).toMatchObject({
      value: 1,
      category: 'killed',
    });
    expect(surfaces('One of the commanders fled to Niger.')).toEqual([]);
    expect(surfaces('No one was hurt, and one another they blamed.')).toEqual([]);
    expect(surfaces('The army is one of the largest in Africa; on the one hand it is strong.')).toEqual([]);
    expect(surfaces('One day the convoy came.')).toEqual([]);
  });

  it('does not read compound adjectives or names as counts', () => {
    expect(surfaces('It was a one-sided fight over the two-state solution.')).toEqual([]);
    expect(surfaces('Rebels of the Three Brotherhood Alliance advanced.')).toEqual([]);
  });
});

describe('findNumbers: vague amounts', () => {
  it.each([
    ['Tens of militants were killed in Idlib.', 'Tens', 20],
    ['Dozens of people were injured in Goma.', 'Dozens', 24],
    ['Hundreds of civilians fled Rafah.', 'Hundreds', 200],
    ['Thousands of people have been displaced in Kachin.', 'Thousands', 2000],
    ['Scores of fighters were killed in Marib.', 'Scores', 40],
    ['Several soldiers were wounded in Donetsk.', 'Several', 3],
    ['A few civilians remained in Bakhmut.', 'A few', 2],
    ['The base lies few kilometres from the airport.', 'few kilometres', 2],
    ['Tens of thousands of people marched in Yerevan.', 'Tens of thousands', 20_000],
    ['Hundreds of thousands have fled Khartoum.', 'Hundreds of thousands', 200_000],
    ['Troops are a few hundred metres from the plant.', 'a few hundred metres', 200],
    ['Several dozen protesters were detained in Minsk.', 'Several dozen', 36],
    ['Several thousand refugees crossed into Chad.', 'Several thousand', 3000],
  ])('%s', (text, surface, low) => {
    expect(quantity(text, surface)).toMatchObject({ value: null, low, high: null, vague: true });
  });

  it('does not read "many", "a number of", "numerous" or noun uses of tens and scores as numbers', () => {
    expect(surfaces('Many civilians were killed and a number of homes destroyed.')).toEqual([]);
    expect(surfaces('Numerous villages were shelled; the two sides settled old scores.')).toEqual(['two']);
    expect(surfaces('Very few people remain and too few doctors stay.')).toEqual([]);
  });
});

describe('findNumbers: qualifiers', () => {
  it.each([
    ['At least 20 insurgents were killed in Kunduz.', 'At least 20', { value: 20, low: 20, high: null }],
    ['More than 54 positions were shelled.', 'More than 54', { value: 54, low: 54, high: null }],
    ['Over 300 homes were torched in Manipur.', 'Over 300', { value: 300, low: 300, high: null }],
    ['As many as 374 locations were hit.', 'As many as 374', { value: 374, low: null, high: 374 }],
    ['Up to 15 people were abducted in Kaduna.', 'Up to 15', { value: 15, low: null, high: 15 }],
    ['Fewer than 40 fighters held the town.', 'Fewer than 40', { value: 40, low: null, high: 40 }],
    ['Some 134 houses were destroyed.', 'Some 134', { value: 134, low: null, high: null }],
    ['Around 60 people were killed in Sagaing.', 'Around 60', { value: 60, low: null, high: null }],
    ['About 1,500 troops were deployed.', 'About 1,500', { value: 1500, low: null, high: null }],
    ['Nearly 2 million people fled.', 'Nearly 2 million', { value: 2_000_000, low: null, high: null }],
    ['Approximately 70 rockets were fired.', 'Approximately 70', { value: 70, low: null, high: null }],
    [
      'An estimated 40,000 people have died.',
      'An estimated 40,000',
      { value: 40_000, low: null, high: null },
    ],
    ['Nearly a dozen militants were captured.', 'Nearly a dozen', { value: 12, low: null, high: null }],
    ['Twenty or more bodies were found.', 'Twenty or more', { value: 20, low: 20, high: null }],
  ])('%s', (text, surface, expected) => {
    expect(quantity(text, surface)).toMatchObject({ ...expected, vague: false });
  });

  it('reads ranges as low and high with no single value', () => {
    expect(quantity('Between 10 and 15 fighters were killed.', 'Between 10 and 15')).toMatchObject({
      value: null,
      low: 10,
      high: 15,
      category: 'killed',
    });
    expect(quantity('Two or three vehicles burned.', 'Two or three')).toMatchObject({ low: 2, high: 3 });
    expect(quantity('Forces advanced 3-5 km near Avdiivka.', '3-5 km')).toMatchObject({
      low: 3,
      high: 5,
      category: 'distance',
    });
    expect(quantity('Some 20 to 30 gunmen attacked the village.', 'Some 20 to 30')).toMatchObject({
      low: 20,
      high: 30,
    });
  });

  it('keeps "over" as a preposition after control and the like', () => {
    expect(quantity('The army took control over 56 districts.', '56')).toMatchObject({
      value: 56,
      low: 56,
      high: 56,
    });
  });

  it('leaves a trailing "more" out of the surface', () => {
    expect(surfaces('Jets struck 24 more targets and dozens more were injured.')).toEqual(['24', 'dozens']);
  });
});

describe('findNumbers: categories', () => {
  it.each([
    ['At least 30 people were killed in the strike on Kramatorsk.', 'At least 30', 'killed'],
    ['Israeli strikes killed 12 people in Deir al-Balah.', '12', 'killed'],
    ['Nine people lost their lives in the landslide of fire.', 'Nine', 'killed'],
    ['The fighting claimed the lives of 32 civilians.', '32', 'killed'],
    ['Militants massacred 70 villagers in Barsalogho.', '70', 'killed'],
    ['The death toll has risen to 45.', '45', 'killed'],
    ['Of the dead, 56 were children.', '56', 'killed'],
    ['Five dead, 12 wounded in Peshawar blast', 'Five', 'killed'],
    ['Dozens of attackers were killed or wounded.', 'Dozens', 'killed'],
    ['Twenty soldiers were wounded or killed in the assault.', 'Twenty', 'killed'],
    ['The blast left 14 people dead and wounded.', '14', 'killed'],
    ['The shelling wounded 34 people in Kharkiv.', '34', 'injured'],
    ['Five dead, 12 wounded in Peshawar blast', '12', 'injured'],
    ['Eight policemen were hurt in the clashes.', 'Eight', 'injured'],
    ['Eleven students were hospitalised after the attack.', 'Eleven', 'injured'],
    ['Troops arrested 47 suspected militants.', '47', 'captured'],
    ['Gunmen abducted 40 women near Kaduna.', '40', 'captured'],
    ['Twelve people were taken hostage at the mine.', 'Twelve', 'captured'],
    ['Tens of fighters have surrendered to the army.', 'Tens', 'captured'],
    ['Police detained 20 Palestinians in Jenin.', '20', 'captured'],
    ['The army freed 1,200 detainees.', '1,200', 'captured'],
    ['About 300 families fled to Mae Sot.', 'About 300', 'displaced'],
    ['The floods and fighting displaced 400,000 people.', '400,000', 'displaced'],
    ['Some 2,000 residents were evacuated from Kupiansk.', 'Some 2,000', 'displaced'],
    ['Nearly 5,000 refugees reached Chad.', 'Nearly 5,000', 'displaced'],
    ['20,000 people were forced to flee their homes.', '20,000', 'displaced'],
    ['The rebels captured 25 villages and destroyed three tanks.', '25', 'count'],
    ['The rebels captured 25 villages and destroyed three tanks.', 'three', 'count'],
    ['The Houthis fired 14 ballistic missiles at ships.', '14', 'count'],
    ['Sheikh Omar lies between two highways crucial to supply.', 'two', 'count'],
    ['The army holds 40,000 square kilometres of territory.', '40,000 square kilometres', 'area'],
    ['The militants hold an area of 6 sq km.', '6 sq km', 'area'],
    ['The army took 12sq/km more in Aleppo.', '12sq/km', 'area'],
    ['Settlers seized 500 dunams of farmland.', '500 dunams', 'area'],
    ['Some 2,000 hectares of crops burned.', 'Some 2,000 hectares', 'area'],
    ['The town is 45 km south of Bamako.', '45 km', 'distance'],
    ['The convoy was hit 30 miles from the border.', '30 miles', 'distance'],
    ['The drone flew 200m above the road.', '200m', 'distance'],
    ['Rebels control 60 percent of the state.', '60 percent', 'percent'],
    ['Over 40 per cent of buildings were destroyed.', 'Over 40 per cent', 'percent'],
    ['Some 70% of hospitals are out of service.', 'Some 70%', 'percent'],
    ['Clashes continued for 86 days.', '86 days', 'duration'],
    ['The rebels issued a 24-hour ultimatum.', '24-hour', 'duration'],
    ['Both sides agreed a two-day truce.', 'two-day', 'duration'],
    ['He was sentenced to 20 years in prison.', '20 years', 'duration'],
    ['The UN appealed for $2.7 billion.', '$2.7 billion', 'money'],
    ['The EU pledged €350m for reconstruction.', '€350m', 'money'],
    ['Donors gave 5 million US dollars.', '5 million US dollars', 'money'],
    ['The fine was £20 per head.', '£20', 'money'],
    ['A 12-year-old boy was among the dead.', '12-year-old', 'other'],
    ['The victim, aged 25, was a teacher.', '25', 'other'],
    ['Troops seized 3 tonnes of explosives.', '3 tonnes', 'other'],
  ])('%s → %s is %s', (text, surface, category) => {
    expect(quantity(text, surface).category).toBe(category);
  });

  it('takes the verb right before the number over a later one', () => {
    const text = 'Insurgents killed several regime soldiers and captured ammunition.';
    expect(quantity(text, 'several').category).toBe('killed');
  });

  it('does not give the victims’ category to the attackers', () => {
    expect(quantity('Twenty gunmen killed a soldier in Tillabéri.', 'Twenty').category).toBe('count');
    expect(quantity('Gunmen who killed two police officers fled with four hostages.', 'two').category).toBe(
      'killed',
    );
    expect(quantity('Gunmen who killed two police officers fled with four hostages.', 'four').category).toBe(
      'captured',
    );
    expect(quantity('Some 300 families fled, while 20 houses were torched.', '20').category).toBe('count');
  });

  it('separates the counts of one sentence', () => {
    const text = 'Tens of gunmen were killed and dozens more were wounded in the fighting.';
    expect(quantity(text, 'Tens').category).toBe('killed');
    expect(quantity(text, 'dozens').category).toBe('injured');
    const other = 'The blast killed 5 and wounded 10, police said.';
    expect(quantity(other, '5').category).toBe('killed');
    expect(quantity(other, '10').category).toBe('injured');
    const third = 'Security forces killed two protesters and arrested 30 in Nairobi.';
    expect(quantity(third, '30').category).toBe('captured');
  });

  it('gives listed sub-counts the category of the count they belong to', () => {
    const text =
      'Some 63 villagers were killed by militia gunmen including 12 children, three women and 9 herders, ' +
      'whereas more than 14 policemen were captured by the attackers.';
    expect(['Some 63', '12', 'three', '9'].map((s) => quantity(text, s).category)).toEqual([
      'killed',
      'killed',
      'killed',
      'killed',
    ]);
    expect(quantity(text, 'more than 14').category).toBe('captured');
    const tally = 'Monitors said 79 people were killed on Friday, including 30 in Hama and 27 in Homs.';
    expect(quantity(tally, '30')).toMatchObject({ category: 'killed', of: 'people' });
    expect(quantity(tally, '27')).toMatchObject({ category: 'killed', of: 'people' });
    const appositive = 'Forty-two people, among them 13 women, were killed in the raid.';
    expect(quantity(appositive, 'Forty-two').category).toBe('killed');
    expect(quantity(appositive, '13').category).toBe('killed');
  });
});

describe('findNumbers: wire-style phrasing', () => {
  it('reads military euphemisms for deaths', () => {
    expect(quantity('The army said it had "neutralised" 17 terrorists.', '17').category).toBe('killed');
    expect(quantity('Moscow said Kyiv had lost up to 440 troops.', 'up to 440').category).toBe('killed');
    expect(quantity('The mission lost 15 bases in a month.', '15').category).toBe('count');
  });

  it('does not read an adjective or another clause as the count’s fate', () => {
    const school =
      'Strikes killed at least 32 people, including 12 in a school sheltering displaced families.';
    expect(quantity(school, '12')).toMatchObject({ category: 'killed', of: 'people' });
    const aid = 'More than 400,000 Malians are displaced and 1.2 million need food aid.';
    expect(quantity(aid, 'More than 400,000').category).toBe('displaced');
    expect(quantity(aid, '1.2 million').category).toBe('count');
  });

  it('gives a partitive count the verb of its whole', () => {
    const text = "Some 1.9 million of the enclave's 2.3 million people have been displaced.";
    expect(quantity(text, 'Some 1.9 million')).toMatchObject({ category: 'displaced', of: null });
  });
});

describe('findNumbers: what is counted', () => {
  it.each([
    ['At least 20 insurgents were killed in Kunduz.', 'At least 20', 'insurgents'],
    ['Drones killed 5 children in Khan Younis.', '5', 'children'],
    ['Dozens of the attackers were killed.', 'Dozens', 'attackers'],
    ['Officials said 17 rebel fighters died.', '17', 'rebel fighters'],
    ['The rebels overran 25 regime bases in the area.', '25', 'regime bases'],
    ['Tens of more militants have surrendered.', 'Tens', 'militants'],
    ['Police arrested 12 Fulani herders.', '12', 'Fulani herders'],
    ['Israeli forces detained 20 Palestinians overnight.', '20', 'Palestinians'],
  ])('%s', (text, surface, of) => {
    expect(quantity(text, surface).of).toBe(of);
  });

  it('is null when nothing is named or the count points back to a pronoun', () => {
    expect(quantity('The ambush killed several of them.', 'several').of).toBeNull();
    expect(quantity('The army killed 45 in the offensive.', '45').of).toBeNull();
  });

  it('takes the earlier noun for "more", "of whom" and listed counts', () => {
    const text = 'At least 31 people died in Kassala, 8 of whom were killed at the bus station.';
    expect(quantity(text, '8')).toMatchObject({ category: 'killed', of: 'people' });
    const more = 'Tens of gunmen were killed and dozens more were injured.';
    expect(quantity(more, 'dozens').of).toBe('gunmen');
  });
});

describe('findNumbers: not quantities', () => {
  it.each([
    ['years', 'The war began in 2011 and worsened in 2019.'],
    ['month and year', 'The conflict started in March 2011.'],
    ['day and month', 'Fighting erupted on 15 April and again on May 7, and on Sept. 11.'],
    ['a day range', 'Talks were held on 7-9 May in Jeddah.'],
    ['around the clock', 'The hospital works 24/7 and the war is 9/11 scale.'],
    ['clock times', 'The raid began at 10:30 and ended at 3pm; another at 7.30 a.m. and 0600 GMT.'],
    ['ordinals', 'It was the 19th day of the siege by the 3rd Assault Brigade and the 58th Army.'],
    [
      'unit and resolution names',
      'Brigade 47 fought near Route 1 under Resolution 2254 during Operation 1027.',
    ],
    ['day counters', 'Round-up / Day 672 – more fighting; on day 3 of the offensive'],
    [
      'weapon and flight codes',
      'A MiG-29, an F-16, a Su-25 and flight MH17 were mentioned; COVID-19 spread.',
    ],
    ['phone numbers', 'Call +44 20 7946 0958 or (202) 555-0123 for details.'],
    ['decades', 'The 1990s were calmer than the 2010s.'],
    ['identifiers', 'photo 13950907001031_photoi-1 and file IMG_2023'],
    ['a score', 'The vote ended 3-1 in favour.'],
  ])('%s', (_label, text) => {
    expect(surfaces(text)).toEqual([]);
  });

  it('still reads a four-digit count that is not a year', () => {
    const text = 'In 2015 rebels seized 12 towns and 2000 people were killed; some 1900 fled.';
    expect(surfaces(text)).toEqual(['12', '2000', 'some 1900']);
    expect(quantity(text, '2000').category).toBe('killed');
  });
});

describe('findNumbers: long input', () => {
  it('reads a 5 MB text in one linear pass', () => {
    const paragraph =
      'On Tuesday at least 14 people were killed and dozens wounded when shells hit Omdurman. ' +
      'Some 2,000 families fled to Kosti, 300 km away, since 2023. Call 0912 345 678.\n\n';
    const big = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    const found = findNumbers(big);
    const perParagraph = 4;
    expect(found.length).toBe(perParagraph * Math.ceil(5_000_000 / paragraph.length));
    const last = found[found.length - 1];
    expect(last?.text).toBe('300 km');
    expect(last && big.slice(last.start, last.end)).toBe('300 km');
    expect(found[0]?.number).toMatchObject({
      value: 14,
      low: 14,
      high: null,
      category: 'killed',
      of: 'people',
    });
    expect(found[1]?.number).toMatchObject({ value: null, low: 24, vague: true, category: 'injured' });
  });

  it('stays linear on text with no sentence ends and many numbers', () => {
    const flood = 'dozens of '.repeat(100_000);
    expect(findNumbers(flood).length).toBe(100_000);
  });
});

describe('findNumbers: figures no count can be', () => {
  it.each([
    ['more than fit a safe integer', 'Militiamen killed 99,999,999,999,999,999 people near the river.'],
    ['a run of 400 digits', `Militiamen killed ${'7'.repeat(400)} people near the river.`],
    ['more people than live on Earth', 'Militiamen killed 12 billion people near the river.'],
    ['a range ending beyond any count', 'Militiamen killed 20 to 90,000,000,000 people near the river.'],
  ])('reads no number from %s', (_label, text) => {
    expect(findNumbers(text)).toEqual([]);
  });

  it('still reads a count up to the bound, and large sums of money', () => {
    expect(quantity('Floods displaced 9 billion people, the fiction says.', '9 billion')).toMatchObject({
      value: 9_000_000_000,
      category: 'displaced',
    });
    expect(quantity('Donors pledged $50 billion for the rebuilding.', '$50 billion')).toMatchObject({
      value: 50_000_000_000,
      category: 'money',
    });
  });

  it('gives every number it reads a finite value within the bound', () => {
    const text = `Raiders killed ${'1'.repeat(30)} villagers and 14 soldiers; 1e400 is no figure either.`;
    for (const m of findNumbers(text)) {
      for (const n of [m.number.value, m.number.low, m.number.high]) {
        if (n !== null) expect(Number.isSafeInteger(Math.round(n)) && n <= MAX_COUNT).toBe(true);
      }
    }
    expect(surfaces(text)).toContain('14');
  });
});
