import { describe, expect, it } from 'vitest';
import { actorsIn, mentionOf, seen } from './support';

type Case = [surface: string, canonical: string | RegExp, inter: number];

function expectActors(text: string, focus: string | null, date: string | null, cases: Case[]) {
  const found = seen(text, focus, date);
  for (const [surface, canonical, inter] of cases) {
    const m = mentionOf(found, surface);
    expect(m, `"${surface}" in ${JSON.stringify(found.map((f) => f.text))}`).toBeDefined();
    if (typeof canonical === 'string') expect(m?.canonical).toBe(canonical);
    else expect(m?.canonical).toMatch(canonical);
    expect(m?.inter, surface).toBe(inter);
  }
}

function texts(text: string, focus: string | null, date: string | null): string[] {
  return seen(text, focus, date).map((m) => m.text);
}

describe('findActors: Syria, framings by outlet', () => {
  const SY_2014 = ['SY', '2014-05-02'] as const;

  it('reads a state-aligned outlet: terrorists are the opposition, the army is the state', () => {
    expectActors(
      'The army and the National Defense Forces pushed the terrorists out of the village, while Syrian warplanes bombed terrorist gatherings.',
      ...SY_2014,
      [
        ['army', 'Military Forces of Syria (2000-2024)', 1],
        ['National Defense Forces', 'NDF: National Defence Forces', 3],
        ['terrorists', 'Opposition Rebels (Syria)', 2],
        ['Syrian warplanes', 'Military Forces of Syria (2000-2024)', 1],
      ],
    );
  });

  it('reads an opposition outlet: regime forces, Assad’s forces and pro-Assad militias', () => {
    expectActors(
      'Regime forces and Assad’s militias shelled the town; rebels said pro-Assad gunmen and the regime’s jets killed 9 women.',
      ...SY_2014,
      [
        ['Regime forces', 'Military Forces of Syria (2000-2024)', 1],
        ['Assad’s militias', 'Pro-Government Militias (Syria)', 3],
        ['rebels', 'Opposition Rebels (Syria)', 2],
        ['regime', 'Military Forces of Syria (2000-2024)', 1],
        ['women', 'Civilians (Syria)', 7],
      ],
    );
  });

  it('makes "Assad’s forces" and "pro-government forces" the state, the "Assad regime" the government', () => {
    expectActors(
      'Assad’s forces and pro-government forces advanced, and the Assad regime denied it.',
      ...SY_2014,
      [
        ['Assad’s forces', 'Military Forces of Syria (2000-2024)', 1],
        ['pro-government forces', 'Military Forces of Syria (2000-2024)', 1],
        ['Assad regime', 'Government of Syria (2000-2024)', 1],
      ],
    );
  });

  it('names the jihadist groups by era', () => {
    expectActors('Nusra Front fighters clashed with ISIS near Raqqa.', 'SY', '2015-06-01', [
      ['Nusra Front fighters', 'Jabhat al-Nusra', 2],
      ['ISIS', 'Islamic State (Syria)', 2],
    ]);
    expectActors('Al-Qaeda’s fighters withdrew.', 'SY', '2016-10-01', [
      ['Al-Qaeda', 'Jabhat Fateh al-Sham', 2],
    ]);
    expectActors('Nusra took the town.', 'SY', '2018-01-01', [['Nusra', 'Hayat Tahrir al-Sham', 2]]);
  });

  it('uses the post-2024 name of the Syrian state', () => {
    expectActors('Syrian government forces deployed to Sweida.', 'SY', '2025-07-15', [
      ['Syrian government forces', 'Military Forces of Syria (2024-)', 1],
    ]);
  });

  it('codes foreign forces as external (inter 8) and foreign militias by their backers', () => {
    expectActors(
      'Russian jets and Turkish troops struck, while Iraqi militias and Lebanese Hezbollah fighters joined Iranian advisers.',
      ...SY_2014,
      [
        ['Russian jets', 'Military Forces of Russia', 8],
        ['Turkish troops', 'Military Forces of Turkey', 8],
        ['Iraqi militias', 'Iraqi Shiite Militias', 3],
        ['Hezbollah fighters', 'Hezbollah', 3],
        ['Iranian advisers', 'Military Forces of Iran', 8],
      ],
    );
  });

  it('takes the name of a group mentioned just before for "militants"', () => {
    expectActors(
      'ISIL launched an assault on Deir ez-Zor airport. The militants were repelled.',
      ...SY_2014,
      [['militants', 'Islamic State (Syria)', 2]],
    );
    expectActors('Hezbollah fighters advanced. The militants fled.', ...SY_2014, [
      ['militants', 'Opposition Rebels (Syria)', 2],
    ]);
  });

  it('takes the group named right after "gunmen from" / "militants of"', () => {
    expectActors(
      'Gunmen from the Al-Quds Brigades and militants of the Islamic State attacked.',
      'PS',
      '2023-05-01',
      [
        ['Gunmen', 'PIJ: Palestinian Islamic Jihad', 2],
        ['militants', 'Islamic State', 2],
      ],
    );
  });

  it('reads Kurdish and Turkish-backed sides', () => {
    expectActors(
      'Kurdish forces and the SDF repelled the Turkish-backed factions near Manbij.',
      'SY',
      '2019-10-15',
      [
        ['Kurdish forces', 'SDF: Syrian Democratic Forces', 2],
        ['SDF', 'SDF: Syrian Democratic Forces', 2],
        ['Turkish-backed factions', 'Syrian National Army', 2],
      ],
    );
  });
});

describe('findActors: other wars', () => {
  it('Sudan: army, RSF, paramilitary framing, Hemedti, joint forces', () => {
    expectActors(
      'The paramilitary attacked El Fasher, but the army and the Joint Forces held. Hemedti’s fighters and Arab militias killed Masalit civilians. SAF drones struck Nyala.',
      'SD',
      '2024-06-01',
      [
        ['paramilitary', 'RSF: Rapid Support Forces', 2],
        ['army', 'Military Forces of Sudan (2019-)', 1],
        ['Joint Forces', 'Joint Forces of Armed Struggle Movements (Sudan)', 2],
        ['Hemedti’s fighters', 'RSF: Rapid Support Forces', 2],
        ['Arab militias', 'Arab Ethnic Militia (Sudan)', 4],
        ['Masalit civilians', 'Civilians (Sudan)', 7],
        ['SAF drones', 'Military Forces of Sudan (2019-)', 1],
      ],
    );
  });

  it('Sudan: the RSF before the war was a government militia', () => {
    expectActors('The Rapid Support Forces dispersed protesters in Khartoum.', 'SD', '2019-06-03', [
      ['Rapid Support Forces', 'RSF: Rapid Support Forces', 3],
      ['protesters', 'Protesters (Sudan)', 6],
    ]);
  });

  it('Ukraine: Ukrainian forces are state forces at home, Russian forces external', () => {
    expectActors(
      'Ukrainian troops and the Territorial Defence repelled Russian forces near Kupiansk; Russian drones hit Kharkiv and Putin claimed victory.',
      'UA',
      '2024-03-01',
      [
        ['Ukrainian troops', 'Military Forces of Ukraine (2019-)', 1],
        ['Territorial Defence', 'Military Forces of Ukraine (2019-)', 1],
        ['Russian forces', 'Military Forces of Russia', 8],
        ['Russian drones', 'Military Forces of Russia', 8],
        ['Putin', 'Government of Russia', 8],
      ],
    );
  });

  it('Ukraine: "separatists" before 2022, "occupiers" after', () => {
    expectActors('Separatists shelled Avdiivka.', 'UA', '2017-02-01', [
      ['Separatists', 'NAF: United Armed Forces of Novorossiya', 2],
    ]);
    expectActors('The occupiers shelled Kherson.', 'UA', '2023-02-01', [
      ['occupiers', 'Military Forces of Russia', 8],
    ]);
  });

  it('Russia: Ukrainian forces in Kursk are external', () => {
    expectActors(
      'Ukrainian forces crossed into the region and Russian troops counter-attacked.',
      'RU',
      '2024-08-10',
      [
        ['Ukrainian forces', 'Military Forces of Ukraine (2019-)', 8],
        ['Russian troops', 'Military Forces of Russia', 1],
      ],
    );
  });

  it('Gaza: the army is Israel’s; Hamas, its brigades and the PIJ; Palestinians are civilians', () => {
    expectActors(
      'The IDF said troops killed Hamas operatives, while the Qassam Brigades and Islamic Jihad fired rockets. Palestinians fled; settlers torched cars.',
      'PS',
      '2024-01-10',
      [
        ['IDF', 'Military Forces of Israel (2022-)', 8],
        ['troops', 'Military Forces of Israel (2022-)', 8],
        ['Hamas operatives', 'Hamas Movement', 2],
        ['Qassam Brigades', 'Hamas Movement', 2],
        ['Islamic Jihad', 'PIJ: Palestinian Islamic Jihad', 2],
        ['Palestinians', 'Civilians (Palestine)', 7],
        ['settlers', 'Settlers (Israel)', 4],
      ],
    );
  });

  it('Myanmar: the junta, the PDF and ethnic armies', () => {
    expectActors(
      'Junta troops burned villages as the Arakan Army and the KIA advanced; resistance fighters ambushed a convoy and Min Aung Hlaing vowed revenge.',
      'MM',
      '2024-02-01',
      [
        ['Junta troops', 'Military Forces of Myanmar (2021-)', 1],
        ['Arakan Army', 'AA: Arakan Army', 2],
        ['KIA', 'KIA: Kachin Independence Army', 2],
        ['resistance fighters', "PDF: People's Defence Force", 2],
        ['Min Aung Hlaing', 'Military Forces of Myanmar (2021-)', 1],
      ],
    );
  });

  it('Sahel: jihadists, FAMa, Wagner, the VDP', () => {
    expectActors(
      'Jihadists ambushed FAMa soldiers and Wagner mercenaries near Tinzaouaten.',
      'ML',
      '2024-07-28',
      [
        ['Jihadists', 'JNIM: Group for Support of Islam and Muslims', 2],
        ['FAMa soldiers', /^Military Forces of Mali/, 1],
        ['Wagner mercenaries', 'Wagner Group', 8],
      ],
    );
    expectActors(
      'Volunteers for the Defence of the Homeland and the army repelled terrorists.',
      'BF',
      '2023-03-01',
      [
        ['Volunteers for the Defence of the Homeland', 'VDP: Volunteers for the Defense of the Homeland', 3],
        ['army', 'Military Forces of Burkina Faso (2022-)', 1],
        ['terrorists', 'JNIM: Group for Support of Islam and Muslims', 2],
      ],
    );
  });

  it('Yemen: Houthis, the coalition and the STC, with the Houthis as ACLED codes them', () => {
    // ACLED codes the Houthi forces as the Supreme Political Council's military: state forces
    // (1) in Yemen, external forces (8) abroad.
    expectActors(
      'Houthi rebels fired missiles as coalition warplanes and STC fighters attacked.',
      'YE',
      '2019-08-01',
      [
        ['Houthi rebels', 'Military Forces of Yemen (2016-) Supreme Political Council', 1],
        ['coalition warplanes', 'Military Forces of Saudi Arabia', 8],
        ['STC fighters', 'STC: Southern Transitional Council', 3],
      ],
    );
    // An acronym two actors share means the one of the article's country.
    expectActors('NAF jets struck a camp.', 'NG', '2024-01-10', [
      ['NAF jets', 'Military Forces of Nigeria (2023-)', 1],
    ]);
    expectActors('NAF units shelled a village.', 'UA', '2021-01-10', [
      ['NAF units', 'NAF: United Armed Forces of Novorossiya', 2],
    ]);
    expectActors('Houthi forces fired a missile at Eilat.', 'IL', '2024-01-10', [
      ['Houthi forces', 'Military Forces of Yemen (2016-) Supreme Political Council', 8],
    ]);
  });

  it('Somalia, DRC, Nigeria, Ethiopia', () => {
    expectActors('Al-Shabaab militants attacked AU troops and clan militias.', 'SO', '2021-05-01', [
      ['Al-Shabaab militants', 'Al Shabaab', 2],
      ['AU troops', 'African Union', 8],
      ['clan militias', 'Clan Militia (Somalia)', 4],
    ]);
    expectActors('M23 rebels backed by Rwandan troops fought the FARDC and Wazalendo.', 'CD', '2024-02-01', [
      ['M23 rebels', 'M23: March 23 Movement', 2],
      ['Rwandan troops', 'Military Forces of Rwanda', 8],
      ['FARDC', /^Military Forces of Democratic Republic of Congo/, 1],
      ['Wazalendo', 'Wazalendo Militia', 3],
    ]);
    // Militants nobody named are ACLED's unidentified armed group, not the country's rebels.
    expectActors(
      'Unknown militants ambushed a patrol, and an unidentified armed group burned a bus.',
      'IQ',
      null,
      [
        ['Unknown militants', 'Unidentified Armed Group (Iraq)', 3],
        ['unidentified armed group', 'Unidentified Armed Group (Iraq)', 3],
      ],
    );
    expectActors('Military police shot an armed man.', 'BR', null, [
      ['Military police', /^Military Forces of Brazil/, 1],
      ['armed man', 'Unidentified Armed Group (Brazil)', 3],
    ]);
    expectActors('Bandits abducted 30 students, and ISWAP fighters killed soldiers.', 'NG', '2022-01-01', [
      ['Bandits', 'Unidentified Armed Group (Nigeria)', 3],
      ['students', 'Civilians (Nigeria)', 7],
      ['ISWAP fighters', 'Islamic State West Africa Province (ISWAP)', 2],
      ['soldiers', /^Military Forces of Nigeria/, 1],
    ]);
    expectActors(
      'Fano militiamen clashed with ENDF troops; Eritrean soldiers withdrew.',
      'ET',
      '2023-08-10',
      [
        ['Fano militiamen', 'Fano Militia', 4],
        ['ENDF troops', 'Military Forces of Ethiopia (2018-)', 1],
        ['Eritrean soldiers', 'Military Forces of Eritrea', 8],
      ],
    );
  });

  it('Afghanistan: the Taliban are rebels before August 2021 and the state after', () => {
    expectActors('Taliban fighters attacked Afghan soldiers.', 'AF', '2019-05-01', [
      ['Taliban fighters', 'Taliban', 2],
      ['Afghan soldiers', 'Military Forces of Afghanistan (2004-2021)', 1],
    ]);
    expectActors('Taliban forces raided an ISKP hideout.', 'AF', '2023-05-01', [
      ['Taliban forces', 'Military Forces of Afghanistan (2021-)', 1],
      ['ISKP', 'Islamic State Khorasan Province', 2],
    ]);
  });
});

describe('findActors: unknown groups by pattern', () => {
  it('reads "X Brigade", "X Front", "Liwa X", "Jaish al-X" as rebel groups', () => {
    expectActors(
      'The Martyrs of Hama Brigade and the Ansar al-Haqq Front shelled Jaish al-Ababil positions while Liwa Ahfad al-Rasoul attacked.',
      'SY',
      '2014-05-02',
      [
        ['Martyrs of Hama Brigade', 'Martyrs of Hama Brigade', 2],
        ['Ansar al-Haqq Front', 'Ansar al-Haqq Front', 2],
        ['Jaish al-Ababil', 'Jaish al-Ababil', 2],
        ['Liwa Ahfad al-Rasoul', 'Liwa Ahfad al-Rasoul', 2],
      ],
    );
  });

  it('makes a unit owned by a named group part of it', () => {
    expectActors(
      'Fighters of the Free Syrian Army’s Omari Battalion stormed the checkpoint.',
      'SY',
      '2013-03-01',
      [['Omari Battalion', 'Omari Battalion (Free Syrian Army)', 2]],
    );
  });

  it('reads numbered and specialised units as state forces', () => {
    expectActors('The 47th Mechanized Brigade held the line near Avdiivka.', 'UA', '2024-01-20', [
      ['47th Mechanized Brigade', 'Military Forces of Ukraine (2019-)', 1],
    ]);
  });

  it('codes militias: communal names as identity militias (4), others as political (3)', () => {
    expectActors(
      'The Tribal Self-Defence Militia clashed with the Green Hills Militia.',
      'SS',
      '2022-01-01',
      [
        ['Tribal Self-Defence Militia', 'Tribal Self-Defence Militia', 4],
        ['Green Hills Militia', 'Green Hills Militia', 3],
      ],
    );
  });

  it('does not take headlines in title case for group names', () => {
    expect(
      texts('Rebels Storm Key Army Base Near Idlib\n\nThe rebels took the base.', 'SY', '2014-01-01'),
    ).not.toContain('Storm Key Army');
  });
});

describe('findActors: people acting for a group', () => {
  it('follows the gold convention: a person is coded as the group they act for', () => {
    expectActors(
      'Abu Yahya al-Hamawi, the leader of Ahrar al-Sham, said the offensive had begun. Hamawi added that Hamas leader Khalil al-Hayya agreed.',
      'SY',
      '2016-01-05',
      [
        ['Abu Yahya al-Hamawi', 'Ahrar al-Sham', 2],
        ['Hamawi', 'Ahrar al-Sham', 2],
        ['Khalil al-Hayya', 'Hamas Movement', 2],
      ],
    );
  });

  it('reads "the <role> of the <group>, <Name>," and surnames afterwards', () => {
    expectActors(
      'The commander of the rebel Northern Storm Brigade, Ammar Dadikhi, demanded a truce. Later Dadikhi left.',
      'SY',
      '2013-05-01',
      [
        ['Northern Storm Brigade', 'Northern Storm Brigade', 2],
        ['Ammar Dadikhi', 'Northern Storm Brigade', 2],
        ['Dadikhi', 'Northern Storm Brigade', 2],
      ],
    );
  });

  it('keeps the given name or title before a known single name', () => {
    expectActors(
      'RSF commander Abuagla Keikal defected, and President Burhan welcomed him.',
      'SD',
      '2024-06-01',
      [
        ['Abuagla Keikal', 'Sudan Shield Forces', 3],
        ['President Burhan', 'Military Forces of Sudan (2019-)', 1],
      ],
    );
  });

  it('knows leaders by name: Hemedti, Burhan, Netanyahu', () => {
    expectActors('Burhan rejected talks with Hemedti.', 'SD', '2023-09-01', [
      ['Burhan', 'Military Forces of Sudan (2019-)', 1],
      ['Hemedti', 'RSF: Rapid Support Forces', 2],
    ]);
    expectActors('Netanyahu ordered the offensive.', 'PS', '2024-05-01', [
      ['Netanyahu', 'Government of Israel (2022-)', 8],
    ]);
  });
});

describe('findActors: not actors', () => {
  it('skips sources: activists, monitors, the Observatory, state media, officials', () => {
    const found = texts(
      'Activists and the Syrian Observatory for Human Rights said, citing opposition sources and military sources, that state media and SANA lied; residents said the shelling stopped.',
      'SY',
      '2014-01-01',
    );
    expect(found).toEqual([]);
  });

  it('skips compound adjectives: army-controlled, rebel-held, Hamas-run', () => {
    const found = texts(
      'Civilians fled army-controlled areas for rebel-held districts, the Hamas-run ministry said, near opposition-controlled towns.',
      'SY',
      '2014-01-01',
    );
    expect(found).toEqual(['Civilians']);
  });

  it('skips adjectives: military operations, civilian areas, regime positions', () => {
    expect(
      texts(
        'Military operations hit civilian areas and regime positions near militant bases.',
        'SY',
        '2014-01-01',
      ),
    ).toEqual([]);
  });

  it('keeps adjective-like heads used as nouns', () => {
    expect(
      texts('The military said a civilian was killed and the regime denied it.', 'SY', '2014-01-01'),
    ).toEqual(['military', 'civilian', 'regime']);
  });

  it('needs an owner for forces, jets and drones', () => {
    expect(texts('Forces advanced as jets and drones struck the town.', 'SY', '2014-01-01')).toEqual([]);
  });

  it('does not read the pronoun "us" as the United States', () => {
    expect(texts('They told us troops had left.', 'SY', '2014-01-01')).toEqual(['troops']);
  });
});

describe('findActors: mention text and offsets', () => {
  it('keeps the outlet’s words, without a possessive ending', () => {
    const text = 'The Syrian army’s artillery and Assad’s forces hit Daraya.';
    const mentions = actorsIn(text, 'SY', '2013-10-10');
    expect(mentions.map((m) => [m.text, m.start, m.end])).toEqual([
      ['Syrian army', 4, 15],
      ['Assad’s forces', 32, 46],
    ]);
  });

  it('drops the home demonym from victims but keeps a foreign one', () => {
    expect(texts('Syrian children and Iranian citizens were killed.', 'SY', '2013-01-14')).toEqual([
      'children',
      'Iranian citizens',
    ]);
  });

  it('gives diacritics and curly apostrophes the same reading', () => {
    expectActors('Ḥay’at Taḥrīr al-Shām fighters attacked.', 'SY', '2019-01-01', [
      ['Ḥay’at Taḥrīr al-Shām fighters', 'Hayat Tahrir al-Sham', 2],
    ]);
  });

  it('works without a focus country or a date', () => {
    expectActors('Hezbollah fighters and civilians.', null, null, [
      ['Hezbollah fighters', 'Hezbollah', 3],
      ['civilians', /^Civilians/, 7],
    ]);
  });

  it('returns mentions in text order and never overlapping', () => {
    const text =
      'Rebels, the Free Syrian Army, ISIL militants, Syrian troops, Russian warplanes and civilians were all named in the same sentence.';
    const mentions = actorsIn(text, 'SY', '2015-01-01');
    mentions
      .slice(1)
      .forEach((m, k) => expect(m.start).toBeGreaterThanOrEqual((mentions[k] as { end: number }).end));
    expect(mentions).toHaveLength(6);
  });
});
