// @vitest-environment jsdom
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TeachPanel } from '@/components/TeachPanel';
import type { Lesson, TabStatus } from '@/lib/schema';
import { button, enter, field, mount, press } from './support';

let host: HTMLElement;
let teach: ReturnType<typeof vi.fn<(lesson: Lesson) => Promise<TabStatus>>>;

const toggle = () => button(host, 'Correct the highlights');

beforeEach(async () => {
  teach = vi.fn(async () => ({ state: 'idle' }) as unknown as TabStatus);
  host = mount(<TeachPanel teach={teach} />);
  await press(toggle());
});

const addNumber = () => button(host, 'Add number');
const status = () => host.querySelector('[role="status"]')?.textContent ?? null;

describe('the side panel’s corrections', () => {
  it('are folded until asked for, under a button that says whether they are shown', async () => {
    await press(toggle());
    expect(toggle()?.getAttribute('aria-expanded')).toBe('false');
    expect(toggle()?.closest('h2')).not.toBeNull();
    expect(addNumber()).toBeUndefined();
    expect(button(host, 'Not a place')).toBeUndefined();
    await press(toggle());
    expect(toggle()?.getAttribute('aria-expanded')).toBe('true');
    expect(button(host, 'Not a place')).toBeDefined();
  });

  it('keep what was typed while folded', async () => {
    enter(host, 'They are a number', '40');
    await press(toggle());
    await press(toggle());
    expect(field<HTMLInputElement>(host, 'They are a number').value).toBe('40');
  });
});

describe('the side panel’s “They are a number” form', () => {
  it('is offered only once there is a value or a range to send', () => {
    expect(addNumber()?.disabled).toBe(true);
    enter(host, 'They are a number', '40');
    expect(addNumber()?.disabled).toBe(false);
  });

  it('teaches an exact number with its category, and says what it learned', async () => {
    enter(host, 'They are a number', '40');
    enter(host, 'Category', 'killed');
    await press(addNumber());
    expect(teach).toHaveBeenCalledWith({
      action: 'add-number-alias',
      number: { value: 40, low: 40, high: 40, vague: false, category: 'killed', of: null },
    });
    expect(status()).toBe(
      'Learned: the selected words are the number 40, category killed. Applied here and on every page from now on.',
    );
  });

  it('teaches a vague range', async () => {
    enter(host, 'or from', '3');
    enter(host, 'to', '5');
    act(() => field<HTMLInputElement>(host, 'Vague').click());
    await press(addNumber());
    expect(teach).toHaveBeenCalledWith({
      action: 'add-number-alias',
      number: { value: null, low: 3, high: 5, vague: true, category: 'count', of: null },
    });
    expect(status()).toMatch(/the number 3–5 \(vague\), category count/);
  });

  it('explains a number that makes no sense instead of sending it', async () => {
    enter(host, 'or from', '5');
    enter(host, 'to', '3');
    await press(addNumber());
    expect(teach).not.toHaveBeenCalled();
    expect(status()).toBe('The low end cannot be above the high end.');
    enter(host, 'They are a number', 'many');
    enter(host, 'or from', '');
    enter(host, 'to', '');
    await press(addNumber());
    expect(teach).not.toHaveBeenCalled();
    expect(status()).toBe('Write the number in digits, e.g. 12 or 1,200.');
  });

  it('shows why the background refused the lesson', async () => {
    teach.mockRejectedValueOnce(new Error('Select the words in the page first.'));
    enter(host, 'They are a number', '1,200');
    await press(addNumber());
    expect(teach).toHaveBeenCalledWith({
      action: 'add-number-alias',
      number: expect.objectContaining({ value: 1200 }),
    });
    expect(status()).toBe('Select the words in the page first.');
  });
});
