// The explorer in a real browser: the Go server at the root, and the static
// build under /sub/ on a plain file server. On both, the chart draws with no
// console error, the service worker takes control, and the page reloads and
// draws offline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser, startGoServer, startStaticServer, stopProcess,
  watchErrors, waitForChart, waitForWorker, screenshot,
} from './harness.mjs';

const targets = [
  { name: 'go-server', start: startGoServer },
  { name: 'static-sub', start: startStaticServer },
];

for (const target of targets) {
  test(`the explorer works online and offline from ${target.name}`, async (t) => {
    const server = await target.start();
    const browser = await launchBrowser();
    t.after(async () => {
      await browser.close();
      await stopProcess(server);
    });
    const page = await browser.context.newPage();
    const errors = watchErrors(page);

    await t.test('the commitments chart draws on first load', async () => {
      await page.goto(server.baseURL);
      const canvas = await waitForChart(page, 'chart-commitments');
      assert.ok(canvas.width > 100 && canvas.height > 100, `canvas is ${canvas.width}x${canvas.height}`);
      const value = await page.textContent('.tile-value');
      assert.match(value, /^\$\d/, 'the first headline tile shows a dollar figure');
    });

    await t.test('before app.wasm runs, the pre-rendered chart is drawn', async () => {
      // go-app's loader leaves WebAssembly out when the URL says wasm=false.
      const bare = await browser.context.newPage();
      const bareErrors = watchErrors(bare);
      await bare.goto(server.baseURL + '?wasm=false');
      await waitForChart(bare, 'chart-commitments');
      assert.deepEqual(bareErrors, []);
      await bare.close();
    });

    await t.test('the app adopts the pre-rendered chart instead of drawing it again', async () => {
      await page.waitForFunction(() => !document.getElementById('app-wasm-loader'), null, { timeout: 30000 });
      await waitForChart(page, 'chart-commitments');
      const adopted = await page.evaluate(() => ({
        holder: !!document.querySelector('#chart-commitments > .echart-holder canvas'),
        left: Object.keys((window.computeLedger || {}).prerendered || {}),
      }));
      assert.equal(adopted.holder, true, 'the pre-rendered chart moved into the app\'s container');
      assert.deepEqual(adopted.left, [], 'no pre-rendered chart was left behind');
    });

    await t.test('the service worker takes control', async () => {
      assert.equal(await waitForWorker(page), true, 'after a reload the worker controls the page');
      await waitForChart(page, 'chart-commitments');
    });

    await t.test('a first visit offers no update', async () => {
      assert.equal(await page.locator('.update-notice').count(), 0);
    });

    await t.test('screenshots at desktop and phone widths', async () => {
      await screenshot(page, `${target.name}-overview`, 1280);
      await screenshot(page, `${target.name}-overview`, 390);
    });

    await t.test('offline, the page reloads and the chart draws again', async () => {
      // Stop the server too: only the service worker's cache can answer.
      await stopProcess(server);
      await browser.context.setOffline(true);
      try {
        await page.reload();
        await waitForChart(page, 'chart-commitments');
      } finally {
        await browser.context.setOffline(false);
      }
    });

    await t.test('no console errors', () => {
      assert.deepEqual(errors, []);
    });
  });
}
