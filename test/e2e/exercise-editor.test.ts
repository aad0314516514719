import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const admin = 'admin@northside.test';

let server: TestServer;
let page: Page;
let watch: PageWatch;
let token: string;
let cloneId = '';
let app: AppUnderTest | undefined;

function instructionText(index: number) {
  return page.getByRole('textbox', {
    name: `Instruction ${index} text`,
    exact: true,
  });
}

async function serverCopy() {
  return (await server.call('GET', `/v1/exercises/${cloneId}`, { token })).body;
}

describe.skipIf(!available)(
  'a Northside admin shaping a clinic version of Wall Slide',
  { timeout: 90_000 },
  () => {
    beforeAll(async () => {
      app = await openAppUnderTest({ width: 1920, height: 1080 });
      ({ server, page, watch } = app);
      token = await server.signIn(admin);
    });

    afterAll(async () => {
      await app?.close();
    });

    it('signs in at 1920×1080 and waits for the library', async () => {
      await signInThroughForm(page, admin);
      await searchBox(page).waitFor({ timeout: 60_000 });
      await waitForSyncState(page, 'Online');
    });

    it('clones Wall Slide and is told what a valid exercise needs', async () => {
      await searchBox(page).fill('Wall Slide');
      await page
        .getByRole('listbox', { name: 'Exercises' })
        .getByRole('option', { name: 'Wall Slide', exact: true })
        .click();
      await page.getByRole('button', { name: 'Clone to edit' }).click();
      await page.waitForURL(/#\/exercises\/[0-9a-f-]{36}\/edit$/);
      cloneId = /exercises\/([0-9a-f-]{36})\/edit/.exec(page.url())?.[1] ?? '';

      const name = page.getByRole('textbox', { name: 'Name', exact: true });
      await name.fill('   ');
      await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
      await page.getByText('Give the exercise a name.').waitFor();
      expect(
        await page.getByRole('button', { name: 'Save changes' }).isDisabled(),
      ).toBe(true);
      await screenshot(page, 'editor-01-validation');
      await name.fill('Wall Slide (Northside)');
    });

    it('moves an instruction down with the keyboard alone', async () => {
      const first = await instructionText(1).inputValue();
      const second = await instructionText(2).inputValue();
      await page
        .getByRole('button', { name: 'Move instruction 1', exact: true })
        .focus();
      // dnd-kit measures the rows between keys, as a person's pace allows.
      for (const key of ['Space', 'ArrowDown', 'Space']) {
        await page.keyboard.press(key);
        await page.waitForTimeout(250);
      }
      await expect.poll(() => instructionText(1).inputValue()).toBe(second);
      expect(await instructionText(2).inputValue()).toBe(first);
    });

    it('keeps unsaved changes through a reload, then saves them', async () => {
      const description = page.getByRole('textbox', {
        name: 'Description',
        exact: true,
      });
      await description.fill('Northside: forearms on the wall, slide slowly.');
      // The draft is kept a moment after typing stops.
      await page.waitForTimeout(800);
      await page.reload();
      await page.getByText('Restored your unsaved changes').waitFor();
      expect(await description.inputValue()).toBe(
        'Northside: forearms on the wall, slide slowly.',
      );
      expect(
        await page
          .getByRole('textbox', { name: 'Name', exact: true })
          .inputValue(),
      ).toBe('Wall Slide (Northside)');
      await screenshot(page, 'editor-02-draft-restored');

      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByRole('button', { name: 'Edit', exact: true }).waitFor();
      await expect
        .poll(async () => (await serverCopy()).name, { timeout: 20_000 })
        .toBe('Wall Slide (Northside)');
      const copy = await serverCopy();
      expect(copy.description).toBe(
        'Northside: forearms on the wall, slide slowly.',
      );
      expect(copy.cloned_from_id).not.toBeNull();
    });

    it('publishes the clinic version, as an admin may', async () => {
      await page.getByRole('button', { name: 'Edit', exact: true }).click();
      await page.getByRole('button', { name: 'Publish', exact: true }).click();
      await expect
        .poll(async () => (await serverCopy()).status, { timeout: 20_000 })
        .toBe('published');
      await screenshot(page, 'editor-03-published');
    });

    it('deletes it only after confirming, and it leaves the library', async () => {
      await page.goto(`${server.url}/#/exercises/${cloneId}/edit`);
      await page.getByRole('button', { name: 'Delete exercise' }).click();
      const dialog = page.getByRole('dialog', { name: 'Delete exercise?' });
      await dialog.waitFor();
      await screenshot(page, 'editor-04-confirm-delete');
      await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
      await searchBox(page).waitFor();
      await searchBox(page).fill('Wall Slide (Northside)');
      await expect
        .poll(async () => (await serverCopy()).deleted_at, { timeout: 20_000 })
        .not.toBeNull();
      expect(
        await page
          .getByRole('option', { name: 'Wall Slide (Northside)', exact: true })
          .count(),
      ).toBe(0);
    });

    it('kept to the strict Content-Security-Policy throughout', () => {
      expect(watch.cspViolations).toEqual([]);
      expect(watch.errors).toEqual([]);
    });
  },
);
