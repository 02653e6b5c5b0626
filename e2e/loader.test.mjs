// The loader: while app.wasm arrives the pill says how much of it has
// (rising percentages up to 100), the app then takes the page over, and a
// second visit starts from the service worker's copy. The site's app.js
// hands the fetched response itself to instantiateStreaming (no copy
// through JavaScript), and reads a clone of it for the progress.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startExplorer, waitForCharts, views, viewURL } from './explorer-helpers.mjs';
import { waitForWorker, accessLog } from './harness.mjs';
import { fast4G } from './startup-marks.mjs';

// The labels the loader shows, in order, recorded from the first parse.
const recordLabels = () => {
  window.__loaderLabels = [];
  new MutationObserver(() => {
    const el = document.getElementById('app-wasm-loader-label');
    const text = el && el.textContent;
    const list = window.__loaderLabels;
    if (text && list[list.length - 1] !== text) list.push(text);
  }).observe(document, { subtree: true, childList: true, characterData: true });
};

test('the loader shows app.wasm arriving, then the app takes over', async (t) => {
  const { server, browser, page, errors } = await startExplorer(t, { staticSite: false });
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Network.enable');
  // Slow enough that app.wasm (about 2 MB with brotli) arrives in parts.
  await cdp.send('Network.emulateNetworkConditions', fast4G);
  await page.addInitScript(recordLabels);
  const view = views.find((v) => v.path === '');
  await page.goto(viewURL(server.baseURL, view.path));
  await page.waitForFunction(() => document.documentElement.dataset.updateSeq !== undefined, null, { timeout: 60000 });
  await page.waitForFunction(() => !document.getElementById('app-wasm-loader'), null, { timeout: 30000 });
  const labels = await page.evaluate(() => window.__loaderLabels);
  const pcts = labels.map((l) => {
    const m = /^Loading interactive charts (\d+)%$/.exec(l);
    assert.ok(m, `loader label "${l}" is not "Loading interactive charts N%"`);
    return Number(m[1]);
  });
  assert.ok(pcts.some((p) => p > 0 && p < 100), `no progress between 0 and 100% was shown: ${labels.join(' | ')}`);
  assert.equal(pcts[pcts.length - 1], 100, `the last label was not 100%: ${labels.join(' | ')}`);
  for (let i = 1; i < pcts.length; i++) assert.ok(pcts[i] >= pcts[i - 1], `progress went back: ${pcts.join(', ')}`);
  await waitForCharts(page, view);

  // A second visit, from the worker's copy, starts the app too.
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  assert.ok(await waitForWorker(page), 'the service worker does not control the page');
  await page.waitForFunction(() => document.documentElement.dataset.updateSeq !== undefined, null, { timeout: 30000 });
  await waitForCharts(page, view);
  assert.deepEqual(errors, []);
});

// The service worker starts its precache once the page has app.wasm, and
// validates what the HTTP cache holds instead of downloading it again: a
// first visit used to send app.wasm and ECharts twice (4.8 MB, not 2.4).
test('a first visit downloads each file once, the worker\'s precache included', async (t) => {
  const { server, page, errors } = await startExplorer(t, { staticSite: false });
  const from = server.output().length;
  await page.goto(server.baseURL);
  assert.ok(await waitForWorker(page), 'the service worker does not control the page');
  await page.waitForTimeout(500);
  const sent = new Map();
  for (const { path } of accessLog(server.output().slice(from)).filter((r) => r.status === 200)) {
    sent.set(path, (sent.get(path) || 0) + 1);
  }
  assert.ok(sent.get('/web/app.wasm') >= 1, `app.wasm was not downloaded: ${[...sent.keys()].join(', ')}`);
  // The icons are asked for under two URLs (with and without the version),
  // 0.3 kB each; the log drops the query.
  const twice = [...sent].filter(([p, n]) => n > 1 && !p.startsWith('/web/icons/'));
  assert.deepEqual(twice, [], 'files sent more than once');
  assert.deepEqual(errors, []);
});
