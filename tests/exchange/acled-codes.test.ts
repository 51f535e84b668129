import { describe, expect, it } from 'vitest';
import { civilianTargetingOf, disorderTypeOf, interactionCode } from '@/lib/exchange';
import { type DisorderType, interCodeOfCell } from '@/lib/exchange/acled-codes';
import { ACLED_EVENT_TYPES, type EventType, type InterCode, type SubEventType } from '@/lib/schema';

const actor = (inter: InterCode) => ({ canonical: `Actor ${inter}`, inter });

describe('ACLED derived codes', () => {
  // The disorder type follows the sub-event type: Riots split between Violent demonstration
  // (Demonstrations) and Mob violence (Political violence), and only Excessive force against
  // protesters is both. (An earlier version mapped all Riots to "Political violence; Demonstrations"
  // and all Protests to "Demonstrations".) Sources in lib/exchange/acled-codes.ts.
  it('gives each sub-event type ACLED’s disorder type', () => {
    expect(disorderTypeOf('Armed clash')).toBe('Political violence');
    expect(disorderTypeOf('Air/drone strike')).toBe('Political violence');
    expect(disorderTypeOf('Attack')).toBe('Political violence');
    expect(disorderTypeOf('Peaceful protest')).toBe('Demonstrations');
    expect(disorderTypeOf('Protest with intervention')).toBe('Demonstrations');
    expect(disorderTypeOf('Excessive force against protesters')).toBe('Political violence; Demonstrations');
    expect(disorderTypeOf('Violent demonstration')).toBe('Demonstrations');
    expect(disorderTypeOf('Mob violence')).toBe('Political violence');
    expect(disorderTypeOf('Looting/property destruction')).toBe('Strategic developments');
    expect(disorderTypeOf('Other')).toBe('Strategic developments');
  });

  it('puts every sub-event type of an event type on the side ACLED puts it', () => {
    const sides: Record<EventType, DisorderType[]> = {
      Battles: ['Political violence'],
      'Explosions/Remote violence': ['Political violence'],
      'Violence against civilians': ['Political violence'],
      Protests: ['Demonstrations', 'Political violence; Demonstrations'],
      Riots: ['Demonstrations', 'Political violence'],
      'Strategic developments': ['Strategic developments'],
    };
    for (const [eventType, subEventTypes] of Object.entries(ACLED_EVENT_TYPES) as [
      EventType,
      readonly SubEventType[],
    ][]) {
      for (const sub of subEventTypes) expect(sides[eventType]).toContain(disorderTypeOf(sub));
    }
  });

  it('codes the interaction with the smaller actor type first, one actor alone as ten times its type', () => {
    expect(interactionCode(actor(1), actor(2))).toBe(12);
    expect(interactionCode(actor(2), actor(1))).toBe(12);
    expect(interactionCode(actor(8), actor(7))).toBe(78);
    expect(interactionCode(actor(3), actor(3))).toBe(33);
    expect(interactionCode(actor(6), null)).toBe(60);
    expect(interactionCode(null, actor(5))).toBe(50);
    expect(interactionCode(null, null)).toBeNull();
  });

  it('marks civilian targeting only for political violence against civilians', () => {
    expect(civilianTargetingOf('Political violence', actor(7))).toBe('Civilian targeting');
    expect(civilianTargetingOf('Political violence; Demonstrations', actor(7))).toBe('Civilian targeting');
    expect(civilianTargetingOf('Political violence', actor(1))).toBe('');
    expect(civilianTargetingOf('Political violence', null)).toBe('');
    expect(civilianTargetingOf('Demonstrations', actor(7))).toBe('');
    expect(civilianTargetingOf('Strategic developments', actor(7))).toBe('');
    // Mob violence against civilians is political violence; a violent demonstration is not.
    expect(civilianTargetingOf(disorderTypeOf('Mob violence'), actor(7))).toBe('Civilian targeting');
    expect(civilianTargetingOf(disorderTypeOf('Violent demonstration'), actor(7))).toBe('');
  });

  it('reads ACLED’s actor type cells, digits or names', () => {
    expect(interCodeOfCell('1')).toBe(1);
    expect(interCodeOfCell(' 8 ')).toBe(8);
    expect(interCodeOfCell('State forces')).toBe(1);
    expect(interCodeOfCell('External/Other forces')).toBe(8);
    expect(interCodeOfCell('civilians')).toBe(7);
    expect(interCodeOfCell('0')).toBeUndefined();
    expect(interCodeOfCell('9')).toBeUndefined();
    expect(interCodeOfCell('Soldiers')).toBeUndefined();
  });
});
