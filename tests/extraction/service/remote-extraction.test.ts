import { describe, expect, it } from 'vitest';
import { extractionHostHandlers, warmUpHost } from '@/lib/extraction/service/extraction-host';
import type { ExtractionService } from '@/lib/extraction/service/extraction-service';
import { remoteExtraction, type HostChannel } from '@/lib/extraction/service/remote-extraction';
import { listen, requestReader, type Transport } from '@/lib/messaging';
import { ExtractionHostMessages } from '@/lib/messaging/extraction-host-messages';
import { article, countedLocalExtraction, notAPlace, placeWords } from './support';

const TEXT = 'Gunmen attacked a checkpoint near Kidal on Friday, killing two soldiers, the army said.';
const OTHER = (n: number) => `Talks on the border opened in round ${n} on Tuesday in Geneva.`;

/**
 * A host as the offscreen document runs it, reached as runtime messages reach it (the messages
 * pass through JSON, as Chrome's do); `up` says whether it runs now, and `starts` how often
 * `ensure` started it.
 */
function hostOver(service: ExtractionService) {
  let listener: ((raw: unknown, sender: unknown, reply: (r: unknown) => void) => boolean) | null = null;
  const state = { up: false, starts: 0, sent: [] as string[] };
  const start = () => {
    listen<ExtractionHostMessages, unknown>(
      {
        addListener: (l) => void (listener = l as typeof listener),
        removeListener: () => undefined,
      },
      requestReader(ExtractionHostMessages),
      extractionHostHandlers(service),
    );
    state.up = true;
    state.starts++;
  };
  const send: Transport = (envelope) => {
    state.sent.push(envelope.type);
    if (!state.up || !listener) {
      return Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    }
    const handle = listener;
    return new Promise((resolve) => {
      handle(JSON.parse(JSON.stringify(envelope)), {}, (r) => resolve(JSON.parse(JSON.stringify(r))));
    });
  };
  const channel: HostChannel = {
    ensure: async () => {
      if (state.up) return 0;
      start();
      return 1;
    },
    send,
  };
  return { channel, state };
}

describe('extraction by a host that outlives the background', () => {
  it('finds what a local extraction finds, mentions first and events when asked', async () => {
    const local = countedLocalExtraction().service;
    const { channel } = hostOver(countedLocalExtraction().service);
    const remote = remoteExtraction(channel);
    const [here, there] = await Promise.all([
      (await local.load()).find(article(TEXT)),
      (await remote.load()).find(article(TEXT)),
    ]);
    expect(there.spans).toEqual(here.spans);
    expect(await there.cards()).toEqual(await here.cards());
    expect(await there.proposeEvents()).toEqual(await here.proposeEvents());
  });

  it('starts the host when it is not running, and says so in the timings', async () => {
    const { channel, state } = hostOver(countedLocalExtraction().service);
    const remote = remoteExtraction(channel);
    expect((await remote.load()).timings.hostMs).toBe(1);
    expect((await remote.load()).timings.hostMs).toBe(0);
    expect(state.starts).toBe(1);
  });

  it('keeps the gazetteer loaded across analyses, and reads the corrections at each', async () => {
    let corrections: unknown[] = [];
    const { service, reads } = countedLocalExtraction(() => corrections);
    const remote = remoteExtraction(hostOver(service).channel);
    const places = async () => placeWords(await (await remote.load()).find(article(TEXT)), TEXT);
    expect(await places()).toContain('Kidal');
    corrections = [notAPlace('Kidal')];
    expect(await places()).not.toContain('Kidal');
    expect(reads.gazetteer).toBe(1);
  });

  it('gives an article’s cards and events from the mentions found for it, then lets them go', async () => {
    let finds = 0;
    const local = countedLocalExtraction().service;
    const counting: ExtractionService = {
      ...local,
      load: async () => {
        const loaded = await local.load();
        return { ...loaded, find: (a) => (finds++, loaded.find(a)) };
      },
    };
    const extractor = await remoteExtraction(hostOver(counting).channel).load();
    const first = await extractor.find(article(TEXT));
    const [cards, events] = await Promise.all([first.cards(), first.proposeEvents()]);
    expect(cards).toHaveLength(first.spans.kinds.length);
    expect(events.length).toBeGreaterThan(0);
    expect(finds).toBe(1);
    // Both out, the host keeps nothing of the article: asked again, it finds it anew.
    expect(await first.proposeEvents()).toEqual(events);
    expect(finds).toBe(2);
    // Two other articles later, one found text not yet asked for has been let go too.
    const second = await extractor.find(article(OTHER(0)));
    for (let n = 1; n < 3; n++) await extractor.find(article(OTHER(n)));
    await second.proposeEvents();
    expect(finds).toBe(6);
  });

  it('makes the event of the words the user selected, as the background’s own extractor does', async () => {
    const today = new Date('2025-03-20T12:00:00Z');
    const local = await countedLocalExtraction().service.load();
    const remote = await remoteExtraction(hostOver(countedLocalExtraction().service).channel).load();
    const selected = 'checkpoint near Kidal';
    const event = await remote.eventFromSelection(article(TEXT), selected, today);
    expect(event).toEqual(await local.eventFromSelection(article(TEXT), selected, today));
    expect(event.location?.name).toBe('Kidal');
    await expect(remote.eventFromSelection(article(TEXT), 'words not there', today)).rejects.toThrow(
      /not in the article as it was captured/,
    );
  });

  it('finds the same after the host’s warm-up over its made-up article', async () => {
    const fresh = await (
      await remoteExtraction(hostOver(countedLocalExtraction().service).channel).load()
    ).find(article(TEXT));
    const { service } = countedLocalExtraction();
    const handlers = extractionHostHandlers(service);
    let finds = 0;
    const counting = {
      ...handlers,
      'extractor-find-mentions': (...args: Parameters<(typeof handlers)['extractor-find-mentions']>) => (
        finds++,
        handlers['extractor-find-mentions'](...args)
      ),
    };
    await warmUpHost(counting, 2);
    expect(finds).toBe(2);
    const warmed = await (await service.load()).find(article(TEXT));
    expect(warmed.spans).toEqual(fresh.spans);
    expect(await warmed.proposeEvents()).toEqual(await fresh.proposeEvents());
  });

  it('starts a host that went away and asks it again, once', async () => {
    const { channel, state } = hostOver(countedLocalExtraction().service);
    const remote = remoteExtraction(channel);
    const extractor = await remote.load();
    state.up = false; // closed when idle, between the load and the article
    const found = await extractor.find(article(TEXT));
    expect(found.spans.kinds.length).toBeGreaterThan(0);
    expect(state.starts).toBe(2);
  });

  it('says the extractor did not answer when the host can’t be reached even once started', async () => {
    const unreachable: HostChannel = {
      ensure: async () => 0,
      send: () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
    };
    await expect(remoteExtraction(unreachable).load()).rejects.toThrow(
      "the extractor's document did not answer",
    );
  });

  it('tries the extractor again at the next request after its load failed', async () => {
    const { service } = countedLocalExtraction();
    let loads = 0;
    const flaky: ExtractionService = {
      ...service,
      load: () => (++loads === 1 ? Promise.reject(new Error('the file could not be read')) : service.load()),
    };
    const handlers = extractionHostHandlers(flaky);
    const request = { key: 'k', article: article(TEXT) };
    await expect(handlers['extractor-find-mentions'](request, null)).rejects.toThrow('could not be read');
    expect((await handlers['extractor-find-mentions'](request, null)).kinds.length).toBeGreaterThan(0);
    expect(loads).toBe(2);
  });

  it('passes a failure of the host on in its own words', async () => {
    const failing: ExtractionService = {
      ...countedLocalExtraction().service,
      suggestPlaces: async () => {
        throw new Error('the gazetteer could not be read');
      },
    };
    const remote = remoteExtraction(hostOver(failing).channel);
    await expect(remote.suggestPlaces('Kid', null)).rejects.toThrow('the gazetteer could not be read');
  });
});
