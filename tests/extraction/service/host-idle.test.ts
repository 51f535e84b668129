import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idleWatch } from '@/lib/extraction/service/host-idle';

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
