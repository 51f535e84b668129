import { browser } from 'wxt/browser';
import type { Suggester } from '@/components/suggestions';
import { RuntimeMessages, sendTyped } from '@/lib/messaging';
import { backgroundTransport } from '@/lib/messaging/background-transport';

/** To the background, sent again if it was going away (see backgroundTransport). */
const transport = backgroundTransport((envelope) => browser.runtime.sendMessage(envelope));

/** Autocomplete for extension pages (side panel, event log): the background holds the gazetteer. */
export const backgroundSuggester: Suggester = {
  places: async (query, country) =>
    (await sendTyped(RuntimeMessages, transport, 'suggest-places', { query, country })).places,
  actors: async (query, country, date) =>
    (await sendTyped(RuntimeMessages, transport, 'suggest-actors', { query, country, date })).actors,
};
