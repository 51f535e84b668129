import type { TabStatus } from '../schema';

type Publish = (status: TabStatus) => Promise<void>;

/**
 * Only a tab's newest analysis publishes its statuses. An older one that ends later (its tab
 * went to another page, which was analysed meanwhile) would otherwise put its outcome over the
 * newer page's.
 */
export class NewestAnalysis {
  private readonly newest = new Map<number, object>();

  /** An analysis of the tab begins: its publish, which goes through while no newer one began. */
  begin(tabId: number, publish: Publish): Publish {
    const mine = {};
    this.newest.set(tabId, mine);
    return async (status) => {
      if (this.newest.get(tabId) === mine) await publish(status);
    };
  }

  /** The tab was closed. */
  forget(tabId: number): void {
    this.newest.delete(tabId);
  }
}
