import type { Page } from 'playwright-core';

/**
 * Counts a workstation's exercise pulls, and those the server held back:
 * a short page while changes still wait, because some transaction in
 * the cluster older than the change was still open. The replica then
 * pulls again after a delay that doubles while it lasts.
 */
export interface PullCounter {
  pulls: number;
  heldBack: number;
}

const pullPath = '/v1/sync/exercises/pull';

interface PullPage {
  documents: unknown[];
  remaining: number;
}

function record(counter: PullCounter, url: URL, page: PullPage): void {
  const limit = Number(url.searchParams.get('limit') ?? 200);
  counter.pulls += 1;
  if (page.documents.length < limit && page.remaining > 0) {
    counter.heldBack += 1;
  }
}

/** Counts the pulls `page` makes from now on. */
export function countBrowserPulls(page: Page): PullCounter {
  const counter = { pulls: 0, heldBack: 0 };
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname !== pullPath || !response.ok()) return;
    void response
      .json()
      .then((body: PullPage) => {
        record(counter, url, body);
      })
      .catch(() => undefined);
  });
  return counter;
}

/** A fetch for the replica in this process that counts its pulls. */
export function countingFetch(counter: PullCounter): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    const url = new URL(
      typeof input === 'string' || input instanceof URL ? input : input.url,
    );
    if (url.pathname === pullPath && response.ok) {
      void response
        .clone()
        .json()
        .then((body) => {
          record(counter, url, body as PullPage);
        })
        .catch(() => undefined);
    }
    return response;
  };
}
