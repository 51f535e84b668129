import { describe, expect, it } from 'vitest';
import type { ProposedEvent } from '@/lib/schema';
import { realExtractor } from '../support/extractor';

/**
 * Event types, sub-types, actors, places and dates read from whole sentences through the real
 * pipeline: every ACLED event type from the language that reports it, and the clauses that report
 * none (plans, grievances, meetings).
 */
describe('event proposals from the language that reports them', () => {
  const extractor = realExtractor();
  const propose = (text: string, publishedAt = '2023-06-10') =>
    extractor.extract({ title: '', text, publishedAt }).events;
  const kinds = (events: ProposedEvent[]) =>
    events.map((e) => [e.eventType, e.subEventType, e.location?.name ?? null]);
  const only = (events: ProposedEvent[]): ProposedEvent => {
    expect(events).toHaveLength(1);
    return events[0] as ProposedEvent;
  };

  describe('protests and riots', () => {
    it('codes a demonstration with ACLED’s protesters of the country as actor 1', () => {
      const event = only(propose('On 8 June 2023, nurses demonstrated in Lyon against pay cuts.'));
      expect([event.eventType, event.subEventType, event.date]).toEqual([
        'Protests',
        'Peaceful protest',
        '2023-06-08',
      ]);
      expect(event.actor1).toEqual({ canonical: 'Protesters (France)', inter: 6 });
      expect(event.actor2).toBeNull();
    });

    it('names protesters and police for every country, not only the conflicts in the actor data', () => {
      const event = only(
        propose('Police fired tear gas to disperse students who marched in Montevideo on Friday.'),
      );
      expect(event.subEventType).toBe('Protest with intervention');
      expect(event.actor1?.canonical).toBe('Protesters (Uruguay)');
      expect(event.actor2).toMatchObject({ canonical: 'Police Forces of Uruguay', inter: 1 });
    });

    it('reads a labour strike and a road blockade as protests, not air strikes', () => {
      const strike = only(propose('In Belgium, dock workers went on strike in Antwerp on Thursday.'));
      expect([strike.eventType, strike.subEventType, strike.location?.country]).toEqual([
        'Protests',
        'Peaceful protest',
        'BE',
      ]);
      expect(
        kinds(propose('Farmers blocked the highway near Tarija on Monday to demand fuel.'))[0]?.[0],
      ).toBe('Protests');
    });

    it('makes a protest that turned violent one violent demonstration by rioters', () => {
      const event = only(
        propose(
          'On 6 June 2023, hundreds of people protested in Tulcea against the new tax. Protesters threw stones at the police.',
        ),
      );
      expect([event.eventType, event.subEventType]).toEqual(['Riots', 'Violent demonstration']);
      expect(event.actor1?.canonical).toBe('Rioters (Romania)');
    });

    it('codes a crowd attacking someone as mob violence against civilians', () => {
      const event = only(propose('On Tuesday, residents beat a suspected thief in Gulu, northern Uganda.'));
      expect([event.eventType, event.subEventType]).toEqual(['Riots', 'Mob violence']);
      expect([event.actor1?.canonical, event.actor2?.canonical]).toEqual([
        'Rioters (Uganda)',
        'Civilians (Uganda)',
      ]);
    });

    it('tells the crowd that did violence from the crowd that mourns it', () => {
      expect(
        kinds(propose('On Monday, demonstrators attacked the offices of the governor in Goma.')),
      ).toEqual([['Riots', 'Violent demonstration', 'Goma']]);
      expect(
        kinds(propose('On Monday, relatives of a teacher who was killed last week held a protest in Goma.')),
      ).toEqual([['Protests', 'Peaceful protest', 'Goma']]);
    });

    it('codes a crowd burning or clashing with police as a riot, armed men burning as property destruction', () => {
      const burning = only(propose('On Friday, youths burned police vehicles in Mzuzu.'));
      expect([burning.eventType, burning.subEventType]).toEqual(['Riots', 'Mob violence']);
      expect([burning.actor1?.canonical, burning.actor2?.canonical]).toEqual([
        'Rioters (Malawi)',
        'Police Forces of Malawi',
      ]);
      expect(kinds(propose('On Friday, protesters set fire to the town hall of Mzuzu.'))).toEqual([
        ['Riots', 'Violent demonstration', 'Mzuzu'],
      ]);
      const clash = only(propose('On Friday, clashes erupted between residents and police in Mzuzu.'));
      expect([clash.eventType, clash.actor1?.canonical, clash.actor2?.canonical]).toEqual([
        'Riots',
        'Rioters (Malawi)',
        'Police Forces of Malawi',
      ]);
      expect(kinds(propose('On Friday, a group of people beat a suspected thief in Mzuzu.'))).toEqual([
        ['Riots', 'Mob violence', 'Mzuzu'],
      ]);
    });

    it('reads a crowd named after a shooting as its target, not its author', () => {
      const event = only(propose('On Friday, two men opened fire at a group of people in Mzuzu.'));
      expect([event.eventType, event.actor1?.canonical]).toEqual([
        'Violence against civilians',
        'Unidentified Armed Group (Malawi)',
      ]);
    });

    it('reads a strike in a protest’s clause as a labour strike, a drone strike anywhere as a strike', () => {
      expect(
        kinds(propose('On Monday, nurses rallied in Mindelo on the third day of their strike.')),
      ).toEqual([['Protests', 'Peaceful protest', 'Mindelo']]);
      expect(kinds(propose('On Monday, a drone strike hit a rally in Mindelo.'))[0]?.slice(0, 2)).toEqual([
        'Explosions/Remote violence',
        'Air/drone strike',
      ]);
    });

    it('keeps the protest when the violence stands in a passive relative clause', () => {
      expect(
        kinds(
          propose(
            'On Monday, relatives of a driver who was shot last week protested outside the police station in Mzuzu.',
          ),
        ),
      ).toEqual([['Protests', 'Peaceful protest', 'Mzuzu']]);
    });

    it('keeps the protest when the killing is what it protests', () => {
      expect(
        kinds(propose('Relatives protested in Kisumu on Monday against the killing of a trader by police.')),
      ).toEqual([['Protests', 'Peaceful protest', 'Kisumu']]);
    });
  });

  describe('violence typed by who did it to whom', () => {
    it('codes killing by unknown gunmen as violence against civilians by an unidentified armed group', () => {
      const event = only(propose('On 7 June 2023, a farmer was shot dead by gunmen in Kaduna.'));
      expect([event.eventType, event.subEventType]).toEqual(['Violence against civilians', 'Attack']);
      expect(event.actor1).toEqual({ canonical: 'Unidentified Armed Group (Nigeria)', inter: 3 });
      expect(event.actor2?.canonical).toBe('Civilians (Nigeria)');
    });

    it('names an unidentified armed group for a fight between sides nobody named', () => {
      const event = only(propose('On Sunday, a shoot-out between unknown shooters took place in Fortaleza.'));
      expect([event.eventType, event.actor1]).toEqual([
        'Battles',
        { canonical: 'Unidentified Armed Group (Brazil)', inter: 3 },
      ]);
    });

    it('codes an attack on an armed post as a battle', () => {
      expect(kinds(propose('Gunmen attacked a police checkpoint in Kaduna on Wednesday.'))).toEqual([
        ['Battles', 'Armed clash', 'Kaduna'],
      ]);
    });

    it('codes police killing protesters as excessive force against protesters', () => {
      const event = only(propose('Police shot dead two protesters in Nairobi on Tuesday.'));
      expect([event.eventType, event.subEventType]).toEqual([
        'Protests',
        'Excessive force against protesters',
      ]);
    });

    it('codes an attack on an off-duty officer as violence against a civilian, not an off-duty officer’s shooting', () => {
      const victim = only(propose('On Friday, gunmen shot dead an off-duty policeman in Tegucigalpa.'));
      expect([victim.eventType, victim.actor2?.canonical]).toEqual([
        'Violence against civilians',
        'Civilians (Honduras)',
      ]);
      const shooter = only(propose('On Friday, an off-duty policeman shot dead a robber in Tegucigalpa.'));
      expect(shooter.actor1?.canonical).toBe('Police Forces of Honduras');
    });

    it('reads fighters who were shot dead as the victims of a battle', () => {
      const event = only(propose('On Friday, four rebel fighters were shot dead near Bunia.'));
      expect(event.eventType).toBe('Battles');
      expect(event.actor2?.inter).toBe(2);
    });

    it('makes the side that was repelled actor 1, whichever voice tells it', () => {
      for (const text of [
        'On Monday, rebels attacked Kalemie but were repulsed by the army.',
        'On Monday, the army repelled an attack by rebels on Kalemie.',
      ]) {
        const event = only(propose(text));
        expect([event.actor1?.inter, event.actor2?.inter]).toEqual([2, 1]);
      }
    });

    it('takes the agent of a passive verb as actor 1', () => {
      const event = only(propose('The town of Kidal was captured by the army on Monday.'));
      expect(event.subEventType).toBe('Government regains territory');
      expect(event.actor1?.inter).toBe(1);
    });

    it('counts one person killed as one death', () => {
      expect(only(propose('On 7 June 2023, gunmen shot dead a trader in Kaduna.')).fatalities).toBe(1);
    });

    it('adds a toll told in the next sentence to the event just told', () => {
      const event = only(propose('On 7 June 2023, gunmen opened fire on a bus in Kaduna. 2 fatalities.'));
      expect(event.fatalities).toBe(2);
    });
  });

  describe('several events and none', () => {
    it('proposes two events for two kinds of violence joined by "and"', () => {
      const types = kinds(
        propose('Clashes and military airstrikes went on around Monywa on Tuesday, witnesses said.'),
      ).map((k) => k[0]);
      expect(types.sort()).toEqual(['Battles', 'Explosions/Remote violence']);
    });

    it('reads "this attack" and "the wounded" as what was told before, not new events', () => {
      expect(propose('Officials in Mopti said on Monday that this attack was the third in a month.')).toEqual(
        [],
      );
    });

    it('leaves out what someone is accused of', () => {
      expect(
        kinds(propose('Police arrested a man in Mandalay on Monday, accusing him of bombing a bridge.')),
      ).toEqual([['Strategic developments', 'Arrests', 'Mandalay']]);
    });

    it('codes a brawl between unarmed groups as mob violence', () => {
      expect(
        kinds(propose('On Sunday a clash broke out between supporters of two candidates in Jumla.')),
      ).toEqual([['Riots', 'Mob violence', 'Jumla']]);
    });
  });

  describe('strategic developments', () => {
    it('codes arson, weapons seizures and interceptions', () => {
      expect(
        kinds(propose('Soldiers burned down twelve houses in Falam on Sunday.'))[0]?.slice(0, 2),
      ).toEqual(['Strategic developments', 'Looting/property destruction']);
      expect(
        kinds(propose('Air force jets shot down two drones over Belgorod on Friday.'))[0]?.slice(0, 2),
      ).toEqual(['Strategic developments', 'Disrupted weapons use']);
      // A manned aircraft shot down is an attack on its crew, not a disrupted weapon.
      expect(kinds(propose('Rebels shot down an army helicopter near Kidal on Friday.'))[0]?.[0]).not.toBe(
        'Strategic developments',
      );
      expect(
        kinds(propose('Police seized weapons and explosives in Imphal on Friday.'))[0]?.slice(0, 2),
      ).toEqual(['Strategic developments', 'Disrupted weapons use']);
    });
  });

  describe('more ways to say it', () => {
    it('reads clashing, blowing up, bodies found and people taken away', () => {
      const first = (text: string) => kinds(propose(text))[0]?.slice(0, 2);
      expect(first('On Monday, troops advanced on Popasna, clashing with the defenders.')).toEqual([
        'Battles',
        'Armed clash',
      ]);
      expect(first('On Monday, soldiers blew up a bridge near Popasna.')).toEqual([
        'Explosions/Remote violence',
        'Remote explosive/landmine/IED',
      ]);
      expect(first('On Monday, the body of a farmer was found dead near Popasna.')).toEqual([
        'Violence against civilians',
        'Attack',
      ]);
      expect(first('On Monday, soldiers took away two teachers in Popasna.')).toEqual([
        'Violence against civilians',
        'Abduction/forced disappearance',
      ]);
    });
  });

  describe('changes to a group or its activity', () => {
    it('codes deployments, defections, new checkpoints and evacuations', () => {
      const first = (text: string) => kinds(propose(text))[0]?.slice(0, 2);
      for (const text of [
        'On Monday, 500 soldiers were deployed to Mopti.',
        'On Monday, a police commander defected to the rebels in Mopti.',
        'On Monday, the militia erected a checkpoint outside Mopti.',
      ])
        expect(first(text)).toEqual(['Strategic developments', 'Change to group/activity']);
      expect(first('On Monday, 300 families were evacuated from Mopti.')).toEqual([
        'Strategic developments',
        'Other',
      ]);
    });
  });

  describe('agreements', () => {
    it('codes a surrender as an agreement, a trade deal as no event', () => {
      expect(
        kinds(propose('On Friday, 40 militiamen surrendered to the army in Kalemie.'))[0]?.slice(0, 2),
      ).toEqual(['Strategic developments', 'Agreement']);
      expect(
        kinds(propose('On Friday, the two governments signed an agreement on grain exports in Kalemie.')),
      ).toEqual([]);
    });
  });

  describe('what reports no event', () => {
    it('reads "May" in a date as a month, not as a modal verb', () => {
      expect(kinds(propose('On 12 May 2023, students protested in Kano.', '2023-05-13'))).toEqual([
        ['Protests', 'Peaceful protest', 'Kano'],
      ]);
    });

    it('reads "March" in a date as a month, not as a march', () => {
      expect(propose('On 3 March 2023, the council met in Kano.', '2023-03-04')).toEqual([]);
    });

    it('leaves out plans and threats, but not an event beside a relative clause’s modal', () => {
      expect(propose('The rebels threatened to attack Goma on Monday.')).toEqual([]);
      expect(propose('Capturing Goma would open the road north, the rebels said on Monday.')).toEqual([]);
      expect(
        kinds(propose('Teachers protested in Accra on Monday against a law that would cut their pay.')),
      ).toEqual([['Protests', 'Peaceful protest', 'Accra']]);
    });

    it('does not place a battle where a summit or conference is held, nor at an owner', () => {
      const events = propose(
        'As fighting raged in Bunia on Saturday, the president attended a summit in Nairobi and the Munich Security Conference.',
      );
      expect(events.map((e) => e.location?.name)).toEqual(['Bunia']);
      expect(
        propose('Ukraine said drones launched by Russia were shot down over Odesa on Friday.').map(
          (e) => e.location?.name,
        ),
      ).toEqual(['Odesa']);
    });
  });

  describe('places', () => {
    it('takes a namesake in the country of the region named after it, and the region when there is none', () => {
      const event = only(propose('On 5 June 2023, residents protested in Tanout (Zinder) over water.'));
      expect(event.location?.country).toBe('NE');
    });

    it('reads "X, Region" as one place in its region, not two events', () => {
      expect(
        kinds(propose('On 3 June 2023, gunmen shot dead a trader in Rafael Delgado, Veracruz.')),
      ).toEqual([['Violence against civilians', 'Attack', 'Rafael Delgado']]);
    });

    it('locates a village the gazetteer lacks at its region, with a coarser precision', () => {
      const event = only(
        propose('On 5 June 2023, residents of the village of Wakalakoro in Zinder protested over water.'),
      );
      expect(event.location).toMatchObject({ name: 'Wakalakoro', country: 'NE', geoPrecision: 2 });
    });

    it('takes a big city’s country as the article’s over its villages’ namesakes', () => {
      const { mentions } = extractor.extract({
        title: '',
        text: 'Police arrested students who marched in Montevideo on Friday.',
        publishedAt: '2023-06-10',
      });
      expect(mentions.find((m) => m.kind === 'actor' && m.text === 'Police')).toMatchObject({
        actor: { canonical: 'Police Forces of Uruguay' },
      });
    });

    it('never reads a news agency as a place', () => {
      const { mentions } = extractor.extract({
        title: '',
        text: 'Three soldiers were killed in Marib, an officer told Xinhua on Monday.',
        publishedAt: '2023-06-10',
      });
      expect(mentions.filter((m) => m.kind === 'place').map((m) => m.text)).toEqual(['Marib']);
    });
  });
});
