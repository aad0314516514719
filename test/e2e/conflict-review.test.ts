import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChromiumSession } from '../support/chromium';
import type { TestServer } from '../support/test-server';
import {
  openAppUnderTest,
  screenshot,
  searchBox,
  signInThroughForm,
  uiTestsCanRun,
  waitForSyncState,
  type AppUnderTest,
  type PageWatch,
} from './app-page';

const available = uiTestsCanRun();

const mine = 'Northside: start with the band at waist height (typed offline).';
const theirs = 'Northside: band anchored at elbow height (the admin, online).';

let server: TestServer;
let chromium: ChromiumSession;
let page: Page;
let watch: PageWatch;
let adminToken: string;
let exerciseId = '';
let app: AppUnderTest | undefined;

async function serverDescription(): Promise<string> {
  const copy = await server.call('GET', `/v1/exercises/${exerciseId}`, {
    token: adminToken,
  });
  return copy.body.description as string;
}

describe.skipIf(!available)(
  'two people change the same description of a Northside exercise',
  { timeout: 90_000 },
  () => {
    beforeAll(async () => {
      app = await openAppUnderTest();
      ({ server, chromium, page, watch } = app);
      adminToken = await server.signIn('admin@northside.test');
      const platform = await server.call(
        'GET',
        '/v1/exercises?q=Wall%20Slide&limit=5',
        { token: adminToken },
      );
      const wallSlide = platform.body.exercises.find(
        (row: any) => row.name === 'Wall Slide',
      );
      const clone = await server.call(
        'POST',
        `/v1/exercises/${wallSlide.id}/clone`,
        { token: adminToken },
      );
      exerciseId = clone.body.id;
    });

    afterAll(async () => {
      await app?.close();
    });

    it('the specialist edits offline while the admin edits online', async () => {
      await signInThroughForm(page, 'specialist@northside.test');
      await searchBox(page).waitFor({ timeout: 60_000 });
      await waitForSyncState(page, 'Online');
      await page.goto(`${server.url}/#/exercises/${exerciseId}/edit`);
      const description = page.getByRole('textbox', {
        name: 'Description',
        exact: true,
      });
      await description.waitFor();

      await chromium.context.setOffline(true);
      await waitForSyncState(page, 'Offline');
      await description.fill(mine);
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByRole('button', { name: 'Edit', exact: true }).waitFor();

      const patched = await server.call(
        'PATCH',
        `/v1/exercises/${exerciseId}`,
        {
          token: adminToken,
          body: { description: theirs },
        },
      );
      expect(patched.status).toBe(200);
    });

    it('back online, the server’s copy wins and the specialist’s is kept for review', async () => {
      await chromium.context.setOffline(false);
      const conflicts = page.getByRole('link', {
        name: 'Conflicts, 1 to review',
      });
      await conflicts.waitFor({ timeout: 30_000 });
      expect(await serverDescription()).toBe(theirs);

      await conflicts.click();
      const card = page.getByRole('region', { name: /^Description of / });
      await card.waitFor();
      const text = (await card.textContent()) ?? '';
      expect(text).toContain(mine);
      expect(text).toContain(theirs);
      await screenshot(page, 'conflict-01-both-versions');
    });

    it('keeping my version writes it to the server and clears the review', async () => {
      await page.getByRole('button', { name: 'Keep my version' }).click();
      await page.getByText('No conflicts to review').waitFor();
      await expect.poll(serverDescription, { timeout: 20_000 }).toBe(mine);
      await screenshot(page, 'conflict-02-resolved');
      expect(watch.cspViolations).toEqual([]);
      expect(watch.errors).toEqual([]);
    });
  },
);
