import { describe, expect, it } from 'vitest';
import { correctSelection, type CorrectionPorts } from '@/lib/analysis/correct-selection';
import type { Lesson, TabStatus } from '@/lib/schema';

const STATUS: TabStatus = {
  state: 'failed',
  tabId: 3,
  url: 'https://news.example/a',
  reason: 'no-article',
  message: 'No article here.',
  canUseSelection: true,
  updatedAt: '2024-06-01T12:00:00.000Z',
};

function ports(changes: Partial<CorrectionPorts> = {}) {
  const steps: string[] = [];
  const saved: { surface: string; lesson: Lesson }[] = [];
  const value: CorrectionPorts = {
    inject: async (tabId) => {
      steps.push(`inject ${tabId}`);
    },
    readSelection: async (tabId) => {
      steps.push(`read ${tabId}`);
      return 'Wagner';
    },
    saveCorrection: async (surface, lesson) => {
      steps.push('save');
      saved.push({ surface, lesson });
    },
    analyse: async (tabId) => {
      steps.push(`analyse ${tabId}`);
      return { ...STATUS, tabId };
    },
    ...changes,
  };
  return { value, steps, saved };
}

describe('correctSelection', () => {
  it('keeps the lesson about the selected words, then analyses the page again', async () => {
    const { value, steps, saved } = ports();
    const lesson: Lesson = { action: 'not-entity', entityKind: 'place' };
    await expect(correctSelection(3, lesson, value)).resolves.toEqual(STATUS);
    expect(steps).toEqual(['inject 3', 'read 3', 'save', 'analyse 3']);
    expect(saved).toEqual([{ surface: 'Wagner', lesson }]);
  });

  it('keeps nothing and analyses nothing when the selection cannot be read', async () => {
    const { value, steps, saved } = ports({
      readSelection: async () => {
        throw new Error('The page did not answer.');
      },
    });
    await expect(correctSelection(3, { action: 'not-entity', entityKind: 'actor' }, value)).rejects.toThrow(
      'The page did not answer.',
    );
    expect(saved).toEqual([]);
    expect(steps).toEqual(['inject 3']);
  });
});
