import type { AutoAnalysisGate } from './auto-analysis-gate';

/** What deciding on an automatic analysis needs from the browser (fakes in tests). */
export interface AutoAnalysePorts {
  /** The origins the user listed for automatic analysis (Settings). */
  optedInOrigins(): Promise<readonly string[]>;
  /** Whether the user granted host access to this origin. */
  hasHostAccess(origin: string): Promise<boolean>;
  gate: AutoAnalysisGate;
  analyse(tab: { id: number; url: string }): Promise<unknown>;
}

/**
 * A page finished loading: analyse it if its origin is one the user opted into, host access is
 * granted, and the gate's bounds per tab and per site allow. Returns whether it was analysed.
 */
export async function analyseIfAutomatic(
  tabId: number,
  url: string,
  ports: AutoAnalysePorts,
): Promise<boolean> {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return false;
  }
  if (!(await ports.optedInOrigins()).includes(origin)) return false;
  if (!(await ports.hasHostAccess(origin))) return false;
  if (!ports.gate.admit(tabId, url)) return false;
  await ports.analyse({ id: tabId, url });
  return true;
}
