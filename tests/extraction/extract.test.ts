import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExtractor, PIPELINE } from '@/lib/extraction/extract';
import { MentionSchema, ProposedEventSchema, type Correction } from '@/lib/schema';
import { realExtractor, realGazetteer } from './support/extractor';

const T = '2024-06-01T00:00:00.000Z';

describe('the extraction pipeline', () => {
  const extractor = realExtractor();

  it('runs places first (they rank the focus countries), then actors, numbers, dates, overlaps, corrections', () => {
    expect(Object.keys(PIPELINE)).toEqual([
      'places',
      'actors',
      'numbers',
      'dates',
      'overlaps',
      'corrections',
      'events',
    ]);
    expect(PIPELINE.places?.[0]).toBe('places/scan-names');
    expect(PIPELINE.places).toContain('places/focus-countries');
  });

  it('tells a timer about each stage of finding mentions, in the order they run, once per call', () => {
    const stages: string[] = [];
    const timed = createExtractor(
      { gazetteer: realGazetteer() },
      { onStage: (stage, ms) => stages.push(ms >= 0 ? stage : `${stage} (negative)`) },
    );
    timed.findMentions({
      title: '',
      text: 'Rebels shelled Homs on Monday, killing two.',
      publishedAt: '2024-05-10',
    });
    expect(stages).toEqual(['doc', 'places', 'actors', 'numbers', 'dates', 'overlaps', 'corrections']);
    stages.length = 0;
    // Folded text (a fullwidth digit) is mapped back to the text as given: one more stage.
    timed.findMentions({ title: '', text: 'Rebels shelled Homs, killing ２ people.', publishedAt: null });
    expect(stages.at(-1)).toBe('offsets');
  });

  it('says of every mention which pass of the pipeline found it, and by which rule', () => {
    const text =
      'Government troops shelled the town of Qasr Halil near Hama on Monday, killing four civilians, while Hayat Tahrir al-Sham fighters attacked an army post.';
    const passes = new Set(Object.values(PIPELINE).flat());
    const { mentions } = extractor.extract({ title: '', text, publishedAt: '2024-05-10' });
    expect(new Set(mentions.map((m) => m.kind))).toEqual(new Set(['place', 'actor', 'number', 'date']));
    for (const mention of mentions) {
      expect(passes).toContain(mention.by?.pass);
      expect(mention.by?.rule.length).toBeGreaterThan(2);
      expect(mention.by?.pass.startsWith(`${mention.kind}s/`)).toBe(true);
    }
  });

  it('finds each kind and proposes an event with its evidence', () => {
    const text =
      'Rapid Support Forces fighters shelled the Abu Shouk camp in El Fasher on Tuesday, killing 12 civilians, local activists said.';
    const { mentions, events } = extractor.extract({ title: '', text, publishedAt: '2024-06-13' });
    const kinds = new Set(mentions.map((m) => m.kind));
    expect(kinds).toEqual(new Set(['place', 'actor', 'number', 'date']));
    for (const mention of mentions) {
      expect(MentionSchema.parse(mention)).toBeTruthy();
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    }
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      eventType: 'Explosions/Remote violence',
      subEventType: 'Shelling/artillery/missile attack',
      date: '2024-06-11',
      fatalities: 12,
      location: { country: 'SD' },
      evidence: { start: 0, end: text.length },
    });
  });

  it('codes events from other wars: one per place, attacker first, parents and landmarks left out', () => {
    const events = (text: string) =>
      extractor
        .extract({ title: '', text, publishedAt: '2024-05-10' })
        .events.map((e) => [e.subEventType, e.location?.country, e.actor1?.inter ?? null, e.fatalities]);
    expect(
      events('JNIM fighters attacked an army post near Djibo in Burkina Faso and killed 30 soldiers.'),
    ).toEqual([['Armed clash', 'BF', 2, 30]]);
    expect(
      events('Israeli strikes hit Khan Younis, Rafah, Deir al-Balah and the Nuseirat camp in Gaza.'),
    ).toHaveLength(4);
    expect(
      events('The RSF attacked El Fasher and Omdurman while the army shelled Nyala in South Darfur.'),
    ).toEqual([
      ['Armed clash', 'SD', 2, null],
      ['Armed clash', 'SD', 2, null],
      ['Shelling/artillery/missile attack', 'SD', 1, null],
    ]);
    expect(events('Houthi missiles targeted ships off Hodeidah; US jets struck Sanaa.')).toEqual([
      ['Shelling/artillery/missile attack', 'YE', 1, null],
      ['Air/drone strike', 'YE', 8, null],
    ]);
  });

  it('gives clear empty results for empty or blank text', () => {
    expect(extractor.extract({ title: '', text: '', publishedAt: null })).toEqual({
      mentions: [],
      events: [],
    });
    expect(extractor.extract({ title: '', text: ' \n\n\t ', publishedAt: '2024-01-01' })).toEqual({
      mentions: [],
      events: [],
    });
  });

  it('invents no events in text of another language or script', () => {
    for (const text of [
      'قصفت الطائرات الحربية مدينة حلب صباح اليوم وقتل خمسة مدنيين.',
      'Війська обстріляли місто вночі, загинули троє людей.',
      '軍は昨日、市内を砲撃した。',
    ]) {
      expect(extractor.extract({ title: '', text, publishedAt: '2024-01-01' }).events).toEqual([]);
    }
  });

  it('treats markup in the text as text', () => {
    const text = '<script>alert(1)</script> Shelling hit <b>Kharkiv</b> on Monday.';
    const { mentions } = extractor.extract({ title: '', text, publishedAt: '2024-05-10' });
    for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it('applies the user’s corrections', () => {
    const text = 'Fighters of the Northern Shield stormed Kupiansk on Monday.';
    const before = extractor.extract({ title: '', text, publishedAt: '2024-05-10' });
    expect(before.mentions.some((m) => m.text === 'Northern Shield')).toBe(false);
    const corrections: Correction[] = [
      {
        action: 'add-actor-alias',
        id: 'c1',
        surface: 'Northern Shield',
        actor: { canonical: 'Northern Shield Brigade', inter: 2 },
        createdAt: T,
        updatedAt: T,
      },
      {
        action: 'not-entity',
        id: 'c2',
        surface: 'Kupiansk',
        entityKind: 'place',
        createdAt: T,
        updatedAt: T,
      },
    ];
    const after = realExtractor(corrections).extract({ title: '', text, publishedAt: '2024-05-10' });
    expect(after.mentions).toContainEqual(
      expect.objectContaining({
        kind: 'actor',
        text: 'Northern Shield',
        actor: { canonical: 'Northern Shield Brigade', inter: 2 },
      }),
    );
    expect(after.mentions.some((m) => m.kind === 'place' && m.text === 'Kupiansk')).toBe(false);
  });

  it('counts a number the user taught as killed in the event’s fatalities', () => {
    const fatalities = (text: string, corrections: Correction[] = []) =>
      realExtractor(corrections)
        .extract({ title: '', text, publishedAt: '2024-05-10' })
        .events.map((e) => e.fatalities);
    const killed = (surface: string, value: number): Correction => ({
      action: 'add-number-alias',
      id: `n-${surface}`,
      surface,
      number: { value, low: value, high: value, vague: false, category: 'killed', of: null },
      createdAt: T,
      updatedAt: T,
    });
    // Misread: "two" alone, 2 killed.
    const misread = 'Russian forces shelled Kupiansk on Monday, killing two score civilians.';
    expect(fatalities(misread)).toEqual([2]);
    expect(fatalities(misread, [killed('two score', 40)])).toEqual([40]);
    // Missed: no number at all.
    const missed = 'Russian forces shelled Kupiansk on Monday, killing a handful of civilians.';
    expect(fatalities(missed)).toEqual([null]);
    expect(fatalities(missed, [killed('a handful', 5)])).toEqual([5]);
    const taught = realExtractor([killed('a handful', 5)]).extract({
      title: '',
      text: missed,
      publishedAt: '2024-05-10',
    });
    expect(taught.mentions).toContainEqual(
      expect.objectContaining({
        kind: 'number',
        text: 'a handful',
        number: expect.objectContaining({ value: 5 }),
      }),
    );
  });

  it('survives any Unicode text: valid mentions and events, offsets inside the text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.option(fc.constant('2024-03-01')),
        (text, date) => {
          const { mentions, events } = extractor.extract({ title: '', text, publishedAt: date });
          for (const mention of mentions) {
            MentionSchema.parse(mention);
            expect(text.slice(mention.start, mention.end)).toBe(mention.text);
          }
          for (const event of events) ProposedEventSchema.parse(event);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('survives news-like text assembled from random pieces', () => {
    const words = fc.constantFrom(
      'Shelling',
      'killed',
      'dozens',
      'in',
      'Aleppo',
      'Kharkiv',
      'on',
      'Monday',
      'the army',
      'rebels',
      'at least 20',
      'al-',
      "Dara'a",
      '’s',
      'district of',
      'captured',
      ',',
      '.',
      '\n\n',
      'Province',
      'RSF',
      '1,200',
      'tens of',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 80 }), (pieces) => {
        const text = pieces.join(' ');
        const { mentions, events } = extractor.extract({ title: '', text, publishedAt: '2024-03-01' });
        for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
        for (const event of events) {
          ProposedEventSchema.parse(event);
          expect(text.slice(event.evidence.start, event.evidence.end)).toBe(event.evidence.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the extraction pipeline on look-alike writing', () => {
  const extractor = realExtractor();
  const read = (text: string) => extractor.extract({ title: '', text, publishedAt: '2024-03-04' });
  /** Every mention and evidence quote is the original text under its offsets. */
  const expectOriginalOffsets = (text: string, result: ReturnType<typeof read>) => {
    for (const m of result.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const e of result.events) expect(text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
  };

  it('finds a place written with a Cyrillic capital, its span over the original letters', () => {
    const text = 'Shelling hit \u0410leppo on Monday, killing three civilians.';
    const result = read(text);
    const place = result.mentions.find((m) => m.kind === 'place');
    expect(place).toMatchObject({ text: '\u0410leppo', start: 13, end: 19, place: { name: 'Aleppo' } });
    expect(result.events[0]?.evidence.text).toBe(text);
    expectOriginalOffsets(text, result);
  });

  it('finds a place with a zero-width space inside its name', () => {
    const text = 'Airstrikes hit Id\u200blib on Monday, killing five people.';
    const result = read(text);
    expect(result.mentions.find((m) => m.kind === 'place')).toMatchObject({
      text: 'Id\u200blib',
      place: { name: 'Idlib' },
    });
    expectOriginalOffsets(text, result);
  });

  it('reads fullwidth digits as a count of the killed', () => {
    const text = 'Airstrikes on Idlib killed １２ people on Monday.';
    const result = read(text);
    expect(result.mentions.find((m) => m.kind === 'number')).toMatchObject({
      text: '１２',
      number: { value: 12, category: 'killed' },
    });
    expect(result.events.map((e) => e.fatalities)).toEqual([12]);
    expectOriginalOffsets(text, result);
  });

  it('leaves a genuine Russian word as it is', () => {
    const text = 'Residents of Aleppo said the word was Москва, and nothing more.';
    const result = read(text);
    expect(result.mentions.map((m) => m.text)).not.toContain('Mockba');
    expect(result.mentions.find((m) => m.kind === 'place')?.text).toBe('Aleppo');
    expectOriginalOffsets(text, result);
  });

  it('reads a disguised name exactly as it reads the plain one', () => {
    const text = 'Shelling hit Aleppo on Monday, killing three civilians.';
    const folded = read(text.replace('Aleppo', '\u0410leppo'));
    const plain = read(text);
    expect(folded.mentions.map(({ text: _t, ...rest }) => rest)).toEqual(
      plain.mentions.map(({ text: _t, ...rest }) => rest),
    );
    expect(folded.events.map((e) => e.fatalities)).toEqual(plain.events.map((e) => e.fatalities));
  });
});
