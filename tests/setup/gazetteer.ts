import { existsSync } from 'node:fs';
import { DEFAULT_OUT, writeGazetteer } from '../../scripts/gazetteer/build-gazetteer';

/** Unit tests that run the whole extractor need the generated gazetteer: build it once if missing. */
export default function setup(): void {
  if (!existsSync(DEFAULT_OUT)) writeGazetteer(DEFAULT_OUT);
}
