import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../support/chromium';
import type { TestServer } from '../support/test-server';
import {
  expectResultCount,
  openAppPage,
  openAppUnderTest,
  screenshot,
  searchBox,
  signInThroughForm,
  uiTestsCanRun,
  syncStatus,
  waitForSyncState,
  type AppUnderTest,
  type PageWatch,
} from './app-page';

const available = uiTestsCanRun();

const specialist = 'specialist@northside.test';
const demoVideo = path.resolve('test/fixtures/pose/pose_1.mp4');
const firstEdit = 'Lie on your good side, head on a folded towel (Northside).';
const offlineEdit = 'Tuck the towel roll under the elbow; written offline.';

let server: TestServer;
let chromium: ChromiumSession;
let page: Page;
let watch: PageWatch;
let token: string;
let cloneId = '';
let app: AppUnderTest | undefined;

async function serverCopy(exerciseId: string) {
  const answer = await server.call('GET', `/v1/exercises/${exerciseId}`, {
    token,
  });
  return answer;
}

/** The exercise names the result list shows (it renders only some). */
async function listedNames(on: Page): Promise<string[]> {
  const tree = await on
    .getByRole('listbox', { name: 'Exercises' })
    .ariaSnapshot();
  return [...tree.matchAll(/- option "([^"]+)"/g)].map((match) =>
    (match[1] ?? '').replaceAll('\\"', '"'),
  );
}

async function editInstructionText(text: string, index: number) {
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const field = page.getByRole('textbox', {
    name: `Instruction ${index} text`,
  });
  await field.fill(text);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('button', { name: 'Edit', exact: true }).waitFor();
}

describe.skipIf(!available)(
  'a Northside specialist at the workstation',
  { timeout: 90_000 },
  () => {
    beforeAll(async () => {
      app = await openAppUnderTest();
      ({ server, chromium, page, watch } = app);
      token = await server.signIn(specialist);
    });

    afterAll(async () => {
      await app?.close();
    });

    it('signs in and sees who they are and for which clinic', async () => {
      await signInThroughForm(page, specialist);
      await searchBox(page).waitFor({ timeout: 60_000 });
      const who = page.getByRole('group', { name: 'Signed in as' });
      await expect.poll(() => who.textContent()).toContain('Northside Physio');
      await waitForSyncState(page, 'Online');
      await screenshot(page, '01-signed-in-library');
    });

    it('searches "shoulder" and sees at least 50 exercises', async () => {
      await searchBox(page).fill('shoulder');
      const count = await expectResultCount(page, (n) => n >= 50);
      expect(count).toBeGreaterThanOrEqual(50);
      await screenshot(page, '02-search-shoulder');
    });

    it('filters to Resistance Band and beginner', async () => {
      const before = await expectResultCount(page, (n) => n >= 50);
      await page
        .getByRole('group', { name: 'Equipment' })
        .getByRole('checkbox', { name: 'Resistance Band', exact: true })
        .check();
      await page
        .getByRole('group', { name: 'Difficulty' })
        .getByRole('checkbox', { name: 'Beginner', exact: true })
        .check();
      const after = await expectResultCount(page, (n) => n > 0 && n < before);

      // Every listed exercise really is a beginner one with a band.
      const equipment = await server.call('GET', '/v1/exercise-equipment', {
        token,
      });
      const band = equipment.body.equipment.find(
        (term: any) => term.name === 'Resistance Band',
      );
      const names = await listedNames(page);
      expect(names.length).toBeGreaterThan(0);
      expect(names.length).toBeLessThanOrEqual(after);
      for (const name of names.slice(0, 5)) {
        const found = await server.call(
          'GET',
          `/v1/exercises?q=${encodeURIComponent(name)}&limit=20`,
          { token },
        );
        const exercise = found.body.exercises.find(
          (row: any) => row.name === name,
        );
        expect(exercise, name).toBeDefined();
        expect(exercise.difficulty).toBe('beginner');
        expect(exercise.equipment.map((term: any) => term.id)).toContain(
          band.id,
        );
      }
      await screenshot(page, '03-filtered-band-beginner');
    });

    it('opens Shoulder External Rotation and sees its contraindications', async () => {
      await page.getByRole('button', { name: 'Clear filters' }).first().click();
      await searchBox(page).fill('Shoulder External Rotation');
      await page
        .getByRole('option', {
          name: 'Shoulder External Rotation',
          exact: true,
        })
        .click();
      await page
        .getByRole('heading', { level: 1, name: 'Shoulder External Rotation' })
        .waitFor();
      const contraindications = page.getByRole('region', {
        name: 'Contraindications',
      });
      await expect
        .poll(() => contraindications.textContent())
        .toContain('Shoulder Impingement');
      const text = (await contraindications.textContent()) ?? '';
      expect(text).toContain('Warning');
      expect(text).toContain('Contraindicated');
      await screenshot(page, '04-exercise-contraindications');
    });

    it('clones it into the clinic and edits the clone’s instructions', async () => {
      await page.getByRole('button', { name: 'Clone to edit' }).click();
      await page.waitForURL(/#\/exercises\/[0-9a-f-]{36}\/edit$/);
      cloneId = /exercises\/([0-9a-f-]{36})\/edit/.exec(page.url())?.[1] ?? '';
      await page
        .getByRole('textbox', { name: 'Instruction 1 text' })
        .fill(firstEdit);
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByRole('button', { name: 'Edit', exact: true }).waitFor();
      await screenshot(page, '05-clone-edited');

      await expect
        .poll(
          async () => (await serverCopy(cloneId)).body.instructions?.[0]?.text,
          {
            timeout: 20_000,
          },
        )
        .toBe(firstEdit);
      const copy = (await serverCopy(cloneId)).body;
      expect(copy.cloned_from_id).not.toBeNull();
      expect(copy.status).toBe('draft');
    });

    it('edits offline, reloads, and the edit reaches the server once online', async () => {
      // The app's code must be kept before the network goes.
      await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
      await chromium.context.setOffline(true);
      await waitForSyncState(page, 'Offline');
      await editInstructionText(offlineEdit, 2);
      await expect
        .poll(() => syncStatus(page).textContent())
        .toContain('1 change to send');

      await page.reload();
      await page
        .getByRole('heading', { level: 1, name: 'Shoulder External Rotation' })
        .waitFor({ timeout: 30_000 });
      await expect
        .poll(() =>
          page.getByRole('region', { name: 'Instructions' }).textContent(),
        )
        .toContain(offlineEdit);
      expect((await serverCopy(cloneId)).body.instructions[1].text).not.toBe(
        offlineEdit,
      );
      await screenshot(page, '06-offline-after-reload');

      await chromium.context.setOffline(false);
      await expect
        .poll(
          async () => (await serverCopy(cloneId)).body.instructions[1].text,
          {
            timeout: 30_000,
          },
        )
        .toBe(offlineEdit);
      await waitForSyncState(page, 'Online');
      await screenshot(page, '07-back-online');
    });

    it('plays a clinic exercise’s video with video.js', async () => {
      // A demonstration video on the server's own origin, as the clinic's
      // media would be; Playwright serves it, the app does not know.
      await chromium.context.route('**/test-media/pose_1.mp4', (route) =>
        route.fulfill({ path: demoVideo, contentType: 'video/mp4' }),
      );
      const videoUrl = `${server.url}/test-media/pose_1.mp4`;
      const patched = await server.call('PATCH', `/v1/exercises/${cloneId}`, {
        token,
        body: { video_url: videoUrl, video_provider: 's3' },
      });
      expect(patched.status).toBe(200);

      const player = page.getByRole('region', { name: /video player/i });
      await player.waitFor({ timeout: 20_000 });
      await expect
        .poll(() =>
          page.evaluate(
            "document.querySelector('.video-js video')?.readyState ?? -1",
          ),
        )
        .toBeGreaterThanOrEqual(1);
      await screenshot(page, '08-exercise-video');
    });

    it('never broke the strict Content-Security-Policy', () => {
      expect(watch.cspViolations).toEqual([]);
      expect(watch.errors).toEqual([]);
    });

    it('as a Lakeview admin, never sees Northside’s clone', async () => {
      const lakeview = await launchChromium();
      try {
        const { page: other } = await openAppPage(
          lakeview.context,
          server.url,
          {
            width: 1920,
            height: 1080,
          },
        );
        await signInThroughForm(other, 'admin@lakeview.test');
        await searchBox(other).waitFor({ timeout: 60_000 });
        await waitForSyncState(other, 'Online');
        await searchBox(other).fill('Shoulder External Rotation');
        await other
          .getByRole('option', {
            name: 'Shoulder External Rotation',
            exact: true,
          })
          .first()
          .waitFor();
        const names = await other
          .getByRole('listbox', { name: 'Exercises' })
          .getByRole('option', {
            name: 'Shoulder External Rotation',
            exact: true,
          })
          .count();
        expect(names).toBe(1);
        await other.goto(`${server.url}/#/exercises/${cloneId}`);
        await other
          .getByText(/not (found|in the library)/i)
          .first()
          .waitFor();
        await screenshot(other, '09-lakeview-no-northside-clone');

        const lakeviewToken = await server.signIn('admin@lakeview.test');
        const direct = await server.call('GET', `/v1/exercises/${cloneId}`, {
          token: lakeviewToken,
        });
        expect(direct.status).toBe(404);
      } finally {
        await lakeview.close();
      }
    });
  },
);
