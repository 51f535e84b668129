// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { NewEventFromSelection } from '@/components/NewEventFromSelection';
import { button, mount, press } from './support';

describe('the side panel’s “New event from the selection”', () => {
  it('hands the new event to the list to focus, and says what it did beside the button', async () => {
    const onMade = vi.fn();
    const host = mount(
      <NewEventFromSelection create={async () => ({ eventId: 'u-1', existing: false })} onMade={onMade} />,
    );
    await press(button(host, 'New event from the selection'));
    expect(onMade).toHaveBeenCalledWith('u-1');
    expect(host.querySelector('[role="status"]')?.textContent).toMatch(/^Added an event from your selection/);
  });

  it('says why nothing was made, and hands nothing on', async () => {
    const onMade = vi.fn();
    const host = mount(
      <NewEventFromSelection
        create={async () => {
          throw new Error('Select the sentence that reports the event in the page first.');
        }}
        onMade={onMade}
      />,
    );
    await press(button(host, 'New event from the selection'));
    expect(onMade).not.toHaveBeenCalled();
    expect(host.querySelector('[role="status"]')?.textContent).toBe(
      'Select the sentence that reports the event in the page first.',
    );
  });
});
