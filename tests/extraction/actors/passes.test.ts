import { describe, expect, it } from 'vitest';
import { ACTOR_PASSES } from '@/lib/extraction/actors';
import { ActorLexiconSchema } from '@/lib/extraction/actors/lexicon-schema';
import { findActors } from '@/lib/extraction/actors';
import { buildDoc } from '@/lib/extraction/doc/doc';
import enActors from '@/lib/data/lexicon/en/actors.json';
import { actorsIn } from './support';

/** Each mention as "words → canonical [pass | rule]". */
function explained(text: string, focus: string | null, date: string): string[] {
  return actorsIn(text, focus, date).map(
    (m) => `${m.text} → ${m.actor.canonical} [${m.by?.pass} | ${m.by?.rule}]`,
  );
}

describe('the actors passes', () => {
  it('run in order: names and wording, unknown groups, people, surnames, then the context', () => {
    expect(ACTOR_PASSES.map((p) => p.name)).toEqual([
      'actors/names-and-wording',
      'actors/unknown-groups',
      'actors/people',
      'actors/surnames',
      'actors/resolve-context',
    ]);
  });

  it('name the rule of each dictionary name and its extension', () => {
    expect(
      explained(
        'Hezbollah fighters held the ridge while Putin’s forces and Putin’s militias advanced.',
        'SY',
        '2016-03-01',
      ),
    ).toEqual([
      'Hezbollah fighters → Hezbollah [actors/names-and-wording | alias + force noun]',
      'Putin’s forces → Military Forces of Russia [actors/names-and-wording | leader + forces]',
      'Putin’s militias → Pro-Government Militias (Russia) [actors/names-and-wording | leader + militias]',
    ]);
  });

  it('read wording from its first word, so a name inside it is not read alone', () => {
    // "rebel militia" is a local name in Sudan; "Sudanese rebel militia" is wording.
    expect(
      explained('Sudanese rebel militia looted the depot before the rebel militia left.', 'SD', '2024-01-10'),
    ).toEqual([
      'Sudanese rebel militia → RSF: Rapid Support Forces [actors/names-and-wording | opposition militia]',
      'rebel militia → RSF: Rapid Support Forces [actors/names-and-wording | local alias]',
    ]);
  });

  it('name unknown groups by the pattern of their names', () => {
    expect(
      explained(
        'Men of the Qamar Brigade and Liwa al-Noor overran a post of the 12th Armoured Division.',
        'SY',
        '2014-05-02',
      ),
    ).toEqual([
      'Qamar Brigade → Qamar Brigade [actors/unknown-groups | name + unit word]',
      'Liwa al-Noor → Liwa al-Noor [actors/unknown-groups | group word + name]',
      '12th Armoured Division → Military Forces of Syria (2000-2024) [actors/unknown-groups | state unit name]',
    ]);
  });

  it('code people as their group, and their surnames after them', () => {
    expect(
      explained(
        'Hamas commander Karim Haddad spoke first; Omar Zayed, spokesman of the Free Syrian Army, replied to Haddad.',
        'SY',
        '2014-05-02',
      ),
    ).toEqual([
      'Hamas → Hamas Movement [actors/names-and-wording | alias]',
      'Karim Haddad → Hamas Movement [actors/people | group + role + name]',
      'Omar Zayed → Free Syrian Army [actors/people | name, role of group]',
      'Free Syrian Army → Free Syrian Army [actors/names-and-wording | alias]',
      'Haddad → Hamas Movement [actors/surnames | surname of a person named before]',
    ]);
  });

  it('give generic fighters the group named next to them, and say so', () => {
    expect(
      explained(
        'Gunmen from the Al-Quds Brigades opened fire. The Islamic State claimed it; the militants fled.',
        'SY',
        '2016-05-02',
      ),
    ).toEqual([
      'Gunmen → PIJ: Palestinian Islamic Jihad [actors/resolve-context | group named right after]',
      'Al-Quds Brigades → PIJ: Palestinian Islamic Jihad [actors/names-and-wording | alias]',
      'Islamic State → Islamic State (Syria) [actors/names-and-wording | alias]',
      'militants → Islamic State (Syria) [actors/resolve-context | group named just before]',
    ]);
  });
});

describe('the focus country', () => {
  it('is the first of the Doc’s focus countries, which the places finder ranks', () => {
    const doc = buildDoc({ text: 'The army shelled the outskirts overnight.', publishedAt: '2024-05-10' });
    const army = () => findActors(doc).map((m) => m.actor.canonical);
    doc.focusCountries = ['SD', 'SS'];
    expect(army()).toEqual(['Military Forces of Sudan (2019-)']);
    doc.focusCountries = ['UA'];
    expect(army()).toEqual(['Military Forces of Ukraine (2019-)']);
  });
});

describe('the actors lexicon', () => {
  it('is valid as shipped', () => {
    expect(ActorLexiconSchema.safeParse(enActors).success).toBe(true);
  });

  it('holds folded words only, as tokens are compared in', () => {
    expect(ActorLexiconSchema.safeParse({ ...enActors, groupNouns: ['Group'] }).success).toBe(false);
    expect(ActorLexiconSchema.safeParse({ ...enActors, nameParticles: ['’l'] }).success).toBe(false);
  });
});
