// Embedding: a page of another site frames an embed page (/embed/<view>)
// and sees its chart drawn with the numbers of the link it was given,
// while every other page refuses to be framed; the share menu's embed
// code, pasted into that page, draws the chart too, under the static
// build's sub-path as well; the embed's link opens the full view with the
// same link; an embed page works offline once the worker has the site.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import {
  launchBrowser, startGoServer, startNginx, stopProcess, waitForWorker,
} from './harness.mjs';
import { runAxe } from './explorer-helpers.mjs';

// The link of a scenario other than the default: its numbers differ.
const LINK = 'preset=bear&ui.group=kind';

let go, nginx, publisher, browser;

// startPublisher serves a page of another site: /?html=... returns an
// article whose body holds that HTML (an iframe, an embed code). It is
// addressed as localhost, another site than the servers' 127.0.0.1.
function startPublisher() {
  return new Promise((resolve) => {
    const srv = createServer((req, res) => {
      const html = new URL(req.url, 'http://localhost').searchParams.get('html') || '';
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="en"><head><title>An article</title>
<style>body{margin:0;font-family:sans-serif} .col{width:600px}</style></head>
<body><div class="col">${html}</div></body></html>`);
    });
    srv.listen(0, () => resolve({ srv, baseURL: `http://localhost:${srv.address().port}/` }));
  });
}

// publisherPage opens the other site's page holding html, watching its
// console, and returns the page and the console lines.
async function publisherPage(html, size = { width: 600, height: 480 }) {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  const consoleLines = [];
  page.on('console', (m) => consoleLines.push(m.text()));
  await page.goto(publisher.baseURL + '?html=' + encodeURIComponent(html));
  return { page, consoleLines };
}

function iframe(src) {
  return `<iframe src="${src.replace(/&/g, '&amp;')}" width="100%" height="480" style="border:0" title="chart"></iframe>`;
}

// childFrame returns the page's one iframe once it has a document.
async function childFrame(page) {
  await page.waitForSelector('iframe');
  const handle = await page.$('iframe');
  return handle.contentFrame();
}

// chartSeries waits until the app (not only the pre-render) has drawn the
// chart id in frame and returns its series' names and data.
async function chartSeries(frame, id) {
  await frame.waitForSelector(`#${id}[data-drawn="true"] canvas`, { timeout: 20000 });
  await frame.waitForFunction(() => document.documentElement.dataset.updateSeq !== undefined, null, { timeout: 20000 });
  return frame.evaluate((chartID) => {
    const el = document.getElementById(chartID);
    const inst = window.echarts.getInstanceByDom(el) || window.echarts.getInstanceByDom(el.querySelector('.echart-holder'));
    return inst.getOption().series.map((s) => ({ name: s.name, data: JSON.stringify(s.data) }));
  }, id);
}

// fullViewSeries returns the series of the chart id on the full view at url.
async function fullViewSeries(url, id) {
  const page = await browser.context.newPage();
  await page.goto(url);
  const series = await chartSeries(page.mainFrame(), id);
  await page.close();
  return series;
}

// assertRefused asserts that the page's iframe did not load the app: the
// browser put its error page in its place and said why.
async function assertRefused(page, consoleLines, what) {
  const frame = await childFrame(page);
  await page.waitForFunction(() => true, null, { timeout: 1000 });
  const deadline = Date.now() + 10000;
  while (!consoleLines.some((l) => l.includes('frame-ancestors')) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.ok(consoleLines.some((l) => l.includes("frame-ancestors 'none'")),
    `${what}: the browser did not report frame-ancestors 'none'; console: ${consoleLines.join(' | ')}`);
  const app = await frame.evaluate(() => !!document.querySelector('.shell, .embed-page, .echart')).catch(() => false);
  assert.equal(app, false, `${what}: the framed page shows the app (frame at ${frame.url()})`);
}

// expanded waits until the share button's aria-expanded is want (the app
// renders on its next frame).
async function expanded(page, want) {
  await page.waitForFunction((w) => document.getElementById('share-button')?.getAttribute('aria-expanded') === w, want, { timeout: 5000 })
    .catch(async () => assert.fail(`aria-expanded is ${await page.getAttribute('#share-button', 'aria-expanded')}, want ${want}`));
}

before(async () => {
  go = await startGoServer();
  nginx = await startNginx();
  publisher = await startPublisher();
  browser = await launchBrowser();
});

after(async () => {
  await browser.close();
  await stopProcess(go);
  if (nginx) {
    nginx.child.kill('SIGTERM');
  }
  publisher.srv.close();
});

for (const server of [
  { name: 'the Go server', base: () => go.baseURL.replace(/\/?$/, '/') },
  { name: 'the static build under /sub/ on nginx', base: () => nginx.baseURL },
]) {
  test(`on ${server.name}, another site framing an embed page sees its chart with the link's numbers`, async () => {
    const base = server.base();
    const want = await fullViewSeries(`${base}spend?${LINK}`, 'chart-spend');
    const byDefault = await fullViewSeries(`${base}spend`, 'chart-spend');
    assert.notDeepEqual(want, byDefault, 'the link should change the chart; pick another link');

    const { page } = await publisherPage(iframe(`${base}embed/spend?${LINK}`));
    const frame = await childFrame(page);
    const got = await chartSeries(frame, 'chart-spend');
    assert.deepEqual(got, want, 'the embedded chart should show the same series as the full view with the link');
    const title = await frame.$eval('.embed-title', (h) => h.textContent);
    assert.equal(title, 'Compute spend per year');
    const source = await frame.$eval('.embed-source-text', (p) => p.textContent);
    assert.match(source, /^Source: Compute Ledger from .+; ledger as of \d{4}-\d{2}-\d{2}, data \w+\.$/);
    const chrome = await frame.evaluate(() => !!document.querySelector('header, nav, .controls'));
    assert.equal(chrome, false, 'an embed page has no header, navigation or scenario panel');
    await page.close();
  });

  test(`on ${server.name}, every page but the embed pages refuses to be framed by another site`, async () => {
    const base = server.base();
    for (const path of ['spend', '', 'embed/bogus', 'no-such-page']) {
      const { page, consoleLines } = await publisherPage(iframe(`${base}${path}?${LINK}`));
      await assertRefused(page, consoleLines, `/${path}`);
      await page.close();
    }
  });

  test(`on ${server.name}, the share menu's embed code pasted into another site draws the chart`, async () => {
    const base = server.base();
    const origin = new URL(base).origin;
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await browser.context.newPage();
    await page.goto(`${base}spend?${LINK}`);
    const want = await chartSeries(page.mainFrame(), 'chart-spend');

    const toggle = page.locator('#share-button');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await toggle.click();
    await expanded(page, 'true');
    await page.click('#share-copy-embed');
    await page.waitForFunction(() => document.querySelector('[role=status].visually-hidden')?.textContent === 'Embed code copied.', null, { timeout: 5000 });
    const code = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(code, await page.$eval('#share-embed-code', (t) => t.value), 'the copied code is the one shown');
    const src = new URL(code.match(/src="([^"]+)"/)[1].replace(/&amp;/g, '&'));
    assert.equal(src.origin + src.pathname, `${base}embed/spend`);

    await page.click('#share-copy-link');
    await page.waitForFunction(() => document.querySelector('[role=status].visually-hidden')?.textContent === 'Link copied.', null, { timeout: 5000 });
    const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    assert.equal(link.search, src.search, 'the embed carries the same link as the view');

    await page.keyboard.press('Escape');
    await expanded(page, 'false');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'share-button', 'Escape puts the focus back on the button');
    await page.close();

    const pub = await publisherPage(code);
    const got = await chartSeries(await childFrame(pub.page), 'chart-spend');
    assert.deepEqual(got, want, 'the pasted embed shows what the view showed');
    await pub.page.close();
  });
}

test('the embed\'s link opens the full view with the same link in a new tab', async () => {
  const base = go.baseURL.replace(/\/?$/, '/');
  const { page } = await publisherPage(iframe(`${base}embed/capacity?${LINK}&chart=chart-power&theme=dark`));
  const frame = await childFrame(page);
  await chartSeries(frame, 'chart-power');
  assert.equal(await frame.$eval('.embed-title', (h) => h.textContent), 'Chips and power per year', 'chart= picks the second chart');
  assert.equal(await frame.evaluate(() => document.documentElement.dataset.theme), 'dark');
  const [tab] = await Promise.all([
    browser.context.waitForEvent('page'),
    frame.click('.embed-open'),
  ]);
  await tab.waitForLoadState();
  const u = new URL(tab.url());
  assert.equal(u.pathname, '/capacity');
  for (const [k, v] of new URLSearchParams(LINK)) {
    assert.equal(u.searchParams.get(k), v, `the full view keeps ${k}`);
  }
  assert.equal(u.searchParams.has('chart') || u.searchParams.has('theme'), false, 'the embed\'s own parameters stay behind');
  await tab.waitForSelector('#chart-power[data-drawn="true"] canvas', { timeout: 20000 });
  await tab.close();
  await page.close();
});

// tableRows returns the cells of chart id's table once the app runs.
async function tableRows(frame, id) {
  await frame.waitForFunction(() => document.documentElement.dataset.updateSeq !== undefined, null, { timeout: 20000 });
  await frame.waitForSelector(`#${id}-table table`, { timeout: 20000 });
  return frame.$$eval(`#${id}-table tr`, (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent.trim())));
}

test('a view showing a chart\'s table gives an embed code that shows the same table', async () => {
  const base = go.baseURL.replace(/\/?$/, '/');
  const page = await browser.context.newPage();
  await page.goto(`${base}spend?${LINK}&ui.table=chart-spend`);
  const want = await tableRows(page.mainFrame(), 'chart-spend');
  assert.ok(want.length > 3, `the view shows the table (${want.length} rows)`);
  await page.click('#share-button');
  await expanded(page, 'true');
  const code = await page.$eval('#share-embed-code', (t) => t.value);
  const src = new URL(code.match(/src="([^"]+)"/)[1].replace(/&amp;/g, '&'));
  assert.equal(src.searchParams.get('ui.table'), 'chart-spend', `the embed code asks for the table (${src})`);
  await page.close();

  const pub = await publisherPage(code);
  const frame = await childFrame(pub.page);
  assert.deepEqual(await tableRows(frame, 'chart-spend'), want, 'the embed shows the table the view showed');
  assert.equal(await frame.locator('#chart-spend-table').isVisible(), true, 'the table is in sight');
  assert.equal(await frame.locator('#chart-spend').isVisible(), false, 'the chart is out of sight');
  assert.equal(await frame.locator('.embed-open').isVisible(), true, 'the link back is still in the frame');
  await pub.page.close();
});

test('an embed page opens offline once the service worker has the site', async () => {
  const base = nginx.baseURL;
  const page = await browser.context.newPage();
  await page.goto(`${base}embed/funding?${LINK}`);
  await chartSeries(page.mainFrame(), 'chart-funding');
  assert.ok(await waitForWorker(page), 'the worker controls the page');
  await browser.context.setOffline(true);
  try {
    await page.goto(`${base}embed/funding?${LINK}`);
    await chartSeries(page.mainFrame(), 'chart-funding');
  } finally {
    await browser.context.setOffline(false);
  }
  await page.close();
});

test('before app.wasm runs, the pre-rendered embed page draws its chart in the theme its address names', async () => {
  // Addressed as localhost, an origin whose worker (which the other tests
  // installed for 127.0.0.1) cannot hand out app.wasm past the route.
  const base = go.baseURL.replace(/\/?$/, '/').replace('127.0.0.1', 'localhost');
  const page = await browser.context.newPage();
  await page.route('**/app.wasm*', (route) => route.abort());
  await page.goto(`${base}embed/timeline?theme=dark`);
  await page.waitForSelector('#chart-timeline[data-drawn="true"] canvas', { timeout: 20000 });
  const state = await page.evaluate(() => ({
    theme: document.documentElement.dataset.theme,
    drawnIn: window.computeLedger.prerendered['chart-timeline']?.theme,
    title: document.querySelector('.embed-title')?.textContent,
    app: document.documentElement.dataset.updateSeq,
  }));
  assert.deepEqual(state, { theme: 'dark', drawnIn: 'dark', title: 'Announcements, revisions and the headline total', app: undefined });
  await page.close();
});

test('axe-core finds no serious or critical violation on an embed page or an open share menu, light or dark', async () => {
  const base = go.baseURL.replace(/\/?$/, '/');
  for (const theme of ['light', 'dark']) {
    const page = await browser.context.newPage();
    await page.goto(`${base}embed/capacity?${LINK}&chart=chart-power&theme=${theme}`);
    await chartSeries(page.mainFrame(), 'chart-power');
    assert.deepEqual(await runAxe(page), [], `embed page, ${theme}`);
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(`${base}funding?${LINK}`);
    await chartSeries(page.mainFrame(), 'chart-funding');
    await page.click('#share-button');
    await expanded(page, 'true');
    assert.deepEqual(await runAxe(page), [], `open share menu, ${theme}`);
    await page.close();
  }
});
