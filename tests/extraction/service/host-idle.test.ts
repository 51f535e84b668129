import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idleWatch, openHostAtStartup, RECENT_USE_MS } from '@/lib/extraction/service/host-idle';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the extractor host’s idle watch', () => {
  it('says idle once, the given time after the last use', () => {
    const onIdle = vi.fn();
    const watch = idleWatch(1_000, onIdle);
    vi.advanceTimersByTime(900);
    watch.stillInUse();
    vi.advanceTimersByTime(900);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('says nothing once stopped', () => {
    const onIdle = vi.fn();
    idleWatch(1_000, onIdle).stop();
    vi.advanceTimersByTime(5_000);
    expect(onIdle).not.toHaveBeenCalled();
  });
});

describe('opening the extractor’s host when the browser starts', () => {
  const now = Date.UTC(2026, 11, 6);
  it('opens it for a reader who analysed a page lately', () => {
    expect(openHostAtStartup(now - 60 * 60_000, now)).toBe(true);
    expect(openHostAtStartup(now - RECENT_USE_MS, now)).toBe(true);
  });
  it('leaves it closed where the extension was never used, or not for a week, or the clock went back', () => {
    expect(openHostAtStartup(null, now)).toBe(false);
    expect(openHostAtStartup(now - RECENT_USE_MS - 1, now)).toBe(false);
    expect(openHostAtStartup(now + 60_000, now)).toBe(false);
  });
});
