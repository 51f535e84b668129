import { describe, expect, it } from 'vitest';
import { civilianTargetingOf, disorderTypeOf, interactionCode } from '@/lib/exchange';
import { interCodeOfCell } from '@/lib/exchange/acled-codes';
import type { InterCode } from '@/lib/schema';

const actor = (inter: InterCode) => ({ canonical: `Actor ${inter}`, inter });

describe('ACLED derived codes', () => {
  it('gives each event type ACLED’s disorder type', () => {
    expect(disorderTypeOf('Battles')).toBe('Political violence');
    expect(disorderTypeOf('Explosions/Remote violence')).toBe('Political violence');
    expect(disorderTypeOf('Violence against civilians')).toBe('Political violence');
    expect(disorderTypeOf('Protests')).toBe('Demonstrations');
    expect(disorderTypeOf('Riots')).toBe('Political violence; Demonstrations');
    expect(disorderTypeOf('Strategic developments')).toBe('Strategic developments');
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
