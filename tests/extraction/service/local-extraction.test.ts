import { describe, expect, it } from 'vitest';
import { localExtraction } from '@/lib/extraction/service/local-extraction';
import { mentionCards, mentionSpansOf } from '@/lib/highlights/paint-request';
import { realExtractor } from '../support/extractor';
import { article, countedLocalExtraction, notAPlace, placeWords } from './support';

const TEXT = 'Shelling hit Kharkiv on Monday, killing three civilians, the regional governor said.';

describe('extraction in the background’s own context', () => {
  it('finds what the extractor finds, mentions first and events when asked', async () => {
    const { service } = countedLocalExtraction();
    const found = await (await service.load()).find(article(TEXT));
    const direct = realExtractor().extract({ title: 'Report', text: TEXT, publishedAt: '2025-03-12' });
    expect(found.spans).toEqual(mentionSpansOf(direct.mentions));
    expect(await found.cards()).toEqual(mentionCards(direct.mentions));
    expect(await found.proposeEvents()).toEqual(direct.events);
  });

  it('reads the gazetteer once, and the corrections at every load', async () => {
    let corrections: unknown[] = [];
    const { service, reads } = countedLocalExtraction(() => corrections);
    const before = await (await service.load()).find(article(TEXT));
    expect(await placeWords(before, TEXT)).toContain('Kharkiv');
    corrections = [notAPlace('Kharkiv'), { action: 'not a correction' }];
    const after = await (await service.load()).find(article(TEXT));
    expect(await placeWords(after, TEXT)).not.toContain('Kharkiv');
    expect(reads).toEqual({ gazetteer: 1, corrections: 2 });
  });

  it('tries the gazetteer again at the next load after a failed one', async () => {
    let attempts = 0;
    const service = localExtraction({
      gazetteerBytes: async () => {
        attempts++;
        throw new Error('the file could not be read');
      },
      corrections: async () => [],
    });
    await expect(service.load()).rejects.toThrow('the file could not be read');
    await expect(service.load()).rejects.toThrow('the file could not be read');
    expect(attempts).toBe(2);
  });

  it('suggests places from the gazetteer and actors from the dictionary', async () => {
    const { service } = countedLocalExtraction();
    expect((await service.suggestPlaces('Kharki', 'UA')).map((p) => p.name)).toContain('Kharkiv');
    const actors = await service.suggestActors('Civilians', 'UA', '2025-03-12');
    expect(actors.map((a) => a.canonical)).toContain('Civilians (Ukraine)');
  });
});
