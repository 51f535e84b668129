import { act, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach } from 'vitest';

// React's act() warns unless told it runs in a test environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const unmounts: (() => void)[] = [];
afterEach(() => {
  for (const unmount of unmounts.splice(0)) unmount();
});

/** Render into a fresh element of the jsdom document (unmounted after each test); returns that element. */
export function mount(element: ReactElement): HTMLElement {
  const host = document.body.appendChild(document.createElement('div'));
  const root = createRoot(host);
  act(() => root.render(element));
  unmounts.push(() => {
    act(() => root.unmount());
    host.remove();
  });
  return host;
}

/** The control a label names (through its htmlFor), as a screen reader would find it. */
export function field<T extends HTMLElement>(host: HTMLElement, label: string): T {
  const found = [...host.querySelectorAll('label')].find((l) => l.textContent === label);
  const control = found && host.ownerDocument.getElementById(found.htmlFor);
  if (!control) throw new Error(`no field labelled “${label}”`);
  return control as T;
}

/** Type into an input or pick in a select the way React sees it: the native setter, then the event. */
export function enter(host: HTMLElement, label: string, value: string): void {
  const control = field<HTMLInputElement | HTMLSelectElement>(host, label);
  const select = control instanceof HTMLSelectElement;
  const proto = select ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  act(() => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(control, value);
    control.dispatchEvent(new Event(select ? 'change' : 'input', { bubbles: true }));
  });
}

export function button(host: HTMLElement, text: string): HTMLButtonElement | undefined {
  return [...host.querySelectorAll('button')].find((b) => b.textContent === text);
}

/** Click and let what the click started (a save, a message to the background) settle. */
export async function press(target: HTMLElement | undefined): Promise<void> {
  if (!target) throw new Error('nothing to press');
  await act(async () => target.click());
}
