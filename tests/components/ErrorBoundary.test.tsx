// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { mount } from './support';

/** A part of a page that fails as it renders, with a value that is not what its schema says. */
function BrokenTimeline(): never {
  z.object({ bars: z.array(z.number()) }).parse({ bars: ['March'] });
  throw new Error('unreachable');
}

describe('ErrorBoundary', () => {
  it('says in words which part failed and why, never with a schema dump', () => {
    // React reports the caught error on the console as well: expected here.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const host = mount(
      <div>
        <ErrorBoundary what="timeline">
          <BrokenTimeline />
        </ErrorBoundary>
        <p>The table</p>
      </div>,
    );
    const alert = host.querySelector('[role="alert"]')?.textContent ?? '';
    expect(alert).toMatch(/^The timeline could not be shown \(some details were not valid \(bars › 0: /);
    expect(alert).not.toMatch(/[[{]\s*"/);
    expect(host.textContent).toContain('The table');
  });
});
