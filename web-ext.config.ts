import { existsSync } from 'node:fs';
import { defineWebExtConfig } from 'wxt';

// `npm start` opens a browser with the extension loaded. Use Debian's browsers where they are
// installed (elsewhere web-ext finds Chrome/Firefox itself); Chromium refuses to run as root
// without --no-sandbox.
const binaries: Record<string, string> = {};
if (existsSync('/usr/bin/chromium')) binaries.chrome = '/usr/bin/chromium';
if (existsSync('/usr/bin/firefox-esr')) binaries.firefox = '/usr/bin/firefox-esr';

export default defineWebExtConfig({
  binaries,
  chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
});
