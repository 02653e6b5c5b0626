// The as-of date field takes a date typed on the keyboard, in the
// browser's locale (11/06/2025 in en-US, 06/11/2025 in en-GB) and in ISO
// (2025-11-06): the scenario's as_of in the link becomes that date, no
// error shows and the field keeps the focus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, startGoServer, stopProcess, watchErrors } from './harness.mjs';
import { views, viewURL, waitForCharts } from './explorer-helpers.mjs';

// typeDate types text into the date field as a user does: focus it,
// select what it holds, type, press Enter.
async function typeDate(page, sel, text) {
  await page.focus(sel);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text, { delay: 30 });
  await page.keyboard.press('Enter');
}

// expectAsOf waits until the link's as_of is want, then checks that no
// control error shows and the field still has the focus.
async function expectAsOf(page, sel, want, what) {
  try {
    await page.waitForFunction((w) => new URL(location.href).searchParams.get('as_of') === w, want, { timeout: 5000 });
  } catch {
    const got = new URL(page.url()).searchParams.get('as_of');
    const err = await page.evaluate(() => [...document.querySelectorAll('.control-error')].map((e) => e.textContent).join(' '));
    assert.fail(`${what}: as_of is ${got}, want ${want}${err ? `; error shown: ${err}` : ''}`);
  }
  const shownErrors = await page.evaluate(() => [...document.querySelectorAll('.control-error')]
    .filter((e) => e.offsetParent !== null && e.textContent.trim() !== '').map((e) => e.textContent));
  assert.deepEqual(shownErrors, [], `${what}: no error`);
  assert.equal(await page.evaluate(() => document.activeElement && `#${document.activeElement.id}`), sel, `${what}: the field keeps the focus`);
}

for (const [locale, typed] of [['en-US', '11/06/2025'], ['en-GB', '06/11/2025']]) {
  test(`the as-of date field takes dates typed in ${locale} and in ISO`, async (t) => {
    const server = await startGoServer();
    const browser = await launchBrowser({ locale });
    t.after(async () => {
      await browser.close();
      await stopProcess(server);
    });
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const errors = watchErrors(page);

    await page.goto(viewURL(server.baseURL, 'ledger'));
    await waitForCharts(page, views[1]);
    const sel = '#ledger-as_of';
    await typeDate(page, sel, typed);
    await expectAsOf(page, sel, '2025-11-06', `${typed} typed in ${locale}`);
    await typeDate(page, sel, '2025-09-30');
    await expectAsOf(page, sel, '2025-09-30', `2025-09-30 typed in ${locale}`);
    assert.equal(await page.$eval(sel, (el) => el.value).then((v) => v !== ''), true, 'the field shows the date');
    assert.deepEqual(errors, [], 'no console errors');
  });
}
