import { readdirSync, readFileSync } from 'node:fs';

/**
 * The memory of Chromium's extension processes (where the service worker, the extractor's
 * offscreen document and its worker live), in MB: the proportional set size (shared pages split
 * among the processes that share them), read from Linux's /proc. Null where /proc has no such
 * process (another system, or the browser is gone).
 */
export function extensionProcessesPssMb(): number | null {
  let kb = 0;
  let found = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!commandLine.includes('--extension-process')) continue;
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      kb += Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0);
      found++;
    } catch {
      // The process ended while it was read.
    }
  }
  return found ? Math.round(kb / 1024) : null;
}
