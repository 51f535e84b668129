/**
 * The licence files every build of the extension carries (added to its public assets by
 * wxt.config.ts, so `npm run zip` puts them in the store packages): the project's LICENSE and
 * NOTICE (code and data licences, the gazetteer's ODbL), and the licence texts of the third-party
 * packages bundled into it, which their licences (Apache-2.0, MIT, BSD, ISC) ask to pass on.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LicenceFile {
  absoluteSrc: string;
  /** Where it goes in the extension. */
  relativeDest: string;
}

const LICENCE_FILE = /^(licen[cs]e|copying|notice|mit-licen[cs]e)(\.(md|txt))?$/i;

export function licenceFiles(projectDir: string): LicenceFile[] {
  const own = [
    { absoluteSrc: join(projectDir, 'LICENSE'), relativeDest: 'LICENSE.txt' },
    { absoluteSrc: join(projectDir, 'NOTICE'), relativeDest: 'NOTICE.txt' },
  ];
  const thirdParty = runtimePackages(projectDir).flatMap(({ name, dir }) =>
    readdirSync(dir)
      .filter((file) => LICENCE_FILE.test(file))
      .map((file) => ({
        absoluteSrc: join(dir, file),
        relativeDest: `third-party-licences/${name.replace('/', '__')}/${file}`,
      })),
  );
  return [...own, ...thirdParty];
}

/** The `dependencies` of package.json and theirs, found in node_modules as npm installs them. */
export function runtimePackages(projectDir: string): { name: string; dir: string }[] {
  const found = new Map<string, string>();
  const visit = (fromDir: string) => {
    for (const name of Object.keys(dependenciesOf(fromDir))) {
      if (found.has(name)) continue;
      // A nested copy (another major version) first, then the hoisted one.
      const dir = [join(fromDir, 'node_modules', name), join(projectDir, 'node_modules', name)].find((d) =>
        existsSync(join(d, 'package.json')),
      );
      if (!dir) continue; // an optional dependency not installed on this platform
      found.set(name, dir);
      visit(dir);
    }
  };
  visit(projectDir);
  return [...found].map(([name, dir]) => ({ name, dir })).sort((a, b) => a.name.localeCompare(b.name));
}

function dependenciesOf(dir: string): Record<string, string> {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  return manifest.dependencies ?? {};
}
