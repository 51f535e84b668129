// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { CorrectionEditor } from '@/components/log/CorrectionEditor';
import type { Correction, Lesson } from '@/lib/schema';
import { button, enter, field, mount, press } from './support';

const T = '2024-06-01T00:00:00.000Z';
const base = { id: 'c1', surface: 'a handful', createdAt: T, updatedAt: T };

function edit(correction: Correction) {
  const onSave = vi.fn<(surface: string, lesson: Lesson) => Promise<void>>(async () => {});
  const host = mount(<CorrectionEditor correction={correction} onSave={onSave} onCancel={() => {}} />);
  const value = (label: string) => field<HTMLInputElement | HTMLSelectElement>(host, label).value;
  return { host, onSave, value };
}

describe('editing a taught number in the event log', () => {
  it('shows the number and saves the change', async () => {
    const number = {
      value: null,
      low: 3,
      high: 5,
      vague: true,
      category: 'killed',
      of: 'civilians',
    } as const;
    const { host, onSave, value } = edit({ ...base, action: 'add-number-alias', number });
    expect(value('They')).toBe('number');
    expect([value('Number'), value('or from'), value('to'), value('Category')]).toEqual([
      '',
      '3',
      '5',
      'killed',
    ]);
    expect(field<HTMLInputElement>(host, 'Vague').checked).toBe(true);
    enter(host, 'to', '7');
    await press(button(host, 'Save'));
    expect(onSave).toHaveBeenCalledWith('a handful', {
      action: 'add-number-alias',
      number: { ...number, high: 7 },
    });
  });

  it('turns “not a number” into a number, and refuses one without a value or range', async () => {
    const { host, onSave } = edit({ ...base, action: 'not-entity', entityKind: 'number' });
    enter(host, 'They', 'number');
    await press(button(host, 'Save'));
    expect(onSave).not.toHaveBeenCalled();
    expect(host.querySelector('[role="alert"]')?.textContent).toBe(
      'Give the number a value, or both a low and a high.',
    );
    enter(host, 'Number', '5');
    enter(host, 'Category', 'injured');
    await press(button(host, 'Save'));
    expect(onSave).toHaveBeenCalledWith('a handful', {
      action: 'add-number-alias',
      number: { value: 5, low: 5, high: 5, vague: false, category: 'injured', of: null },
    });
  });
});
