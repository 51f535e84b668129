// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { OnlineMapSwitch } from '@/components/log/OnlineMapSwitch';
import { mount } from './support';

/** Click the switch and let its consent and save settle. */
async function flip(host: HTMLElement): Promise<void> {
  await act(async () => host.querySelector('input')?.click());
}

describe('OnlineMapSwitch', () => {
  it('turns the online map on only once the browser consents', async () => {
    const saved: boolean[] = [];
    const asked: boolean[] = [];
    const host = mount(
      <OnlineMapSwitch
        on={false}
        consent={async (on) => (asked.push(on), true)}
        onChange={async (on) => void saved.push(on)}
      />,
    );
    await flip(host);
    expect(asked).toEqual([true]);
    expect(saved).toEqual([true]);
    expect(host.querySelector('[role="status"]')).toBeNull();
  });

  it('keeps the map offline, and says so, when the browser refuses', async () => {
    const saved: boolean[] = [];
    const host = mount(
      <OnlineMapSwitch on={false} consent={async () => false} onChange={async (on) => void saved.push(on)} />,
    );
    await flip(host);
    expect(saved).toEqual([]);
    expect(host.querySelector('[role="status"]')?.textContent).toMatch(/stays offline/);
  });

  it('withdraws the consent and turns the map off', async () => {
    const saved: boolean[] = [];
    const asked: boolean[] = [];
    const host = mount(
      <OnlineMapSwitch
        on
        consent={async (on) => (asked.push(on), true)}
        onChange={async (on) => void saved.push(on)}
      />,
    );
    await flip(host);
    expect([asked, saved]).toEqual([[false], [false]]);
  });
});
