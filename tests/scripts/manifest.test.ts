import { describe, expect, it } from 'vitest';
import config, { extensionPagesCsp } from '../../wxt.config';

type ManifestFn = (env: {
  browser: string;
  mode: string;
  command: 'build' | 'serve';
  manifestVersion: 3;
}) => Record<string, unknown>;

const manifestFor = (browser: string) =>
  (config.manifest as ManifestFn)({ browser, mode: 'production', command: 'build', manifestVersion: 3 });

describe('manifest', () => {
  it('declares a content security policy for the extension pages', () => {
    for (const browser of ['chrome', 'firefox']) {
      const csp = (manifestFor(browser)['content_security_policy'] as { extension_pages: string })
        .extension_pages;
      const directives = new Map(
        csp.split(';').map((d) => {
          const [name = '', ...values] = d.trim().split(/\s+/);
          return [name, values] as const;
        }),
      );
      expect(directives.get('script-src')).toEqual(["'self'"]);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(directives.get('default-src')).toEqual(["'self'"]);
      expect(directives.get('connect-src')).toEqual(["'self'"]);
      // The only remote source: the opt-in map's tiles.
      const remote = [...directives.values()].flat().filter((v) => /^https?:/.test(v));
      expect(remote).toEqual(['https://tile.openstreetmap.org']);
    }
  });

  it('leaves connect-src to the dev server while serving', () => {
    expect(extensionPagesCsp('serve')).not.toMatch(/connect-src/);
  });

  it('discloses the opt-in map tiles in Firefox’s data collection permissions', () => {
    const gecko = (
      manifestFor('firefox')['browser_specific_settings'] as {
        gecko: { data_collection_permissions: { required: string[]; optional: string[] } };
      }
    ).gecko;
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'], optional: ['locationInfo'] });
  });
});

describe('privacy statement', () => {
  it('names the tile server in the README', async () => {
    const { readFile } = await import('node:fs/promises');
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const privacy = readme.slice(readme.indexOf('## Privacy'), readme.indexOf('## Architecture'));
    expect(privacy).toMatch(/tile\.openstreetmap\.org/);
    expect(privacy).toMatch(/locationInfo/);
  });
});
