// Delivery: every route loads directly from the Go server, Python's
// http.server and nginx (both serving the build under /sub/), and after one
// visit every route opens and reloads offline. A redeployed version offers
// a reload and switches only when the user clicks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  root, launchBrowser, startGoServer, startStaticServer, startNginx, stopProcess,
  freePort, pagePaths, watchErrors, waitForChart, waitForWorker,
} from './harness.mjs';

// waitForApp waits until the WebAssembly app runs (go-app removes its
// loader then) and every chart on the page is drawn.
async function waitForApp(page) {
  await page.waitForFunction(() => {
    if (document.getElementById('app-wasm-loader')) return false;
    const charts = [...document.querySelectorAll('.echart')];
    return charts.every((c) => c.dataset.drawn === 'true' && c.querySelector('canvas'));
  }, null, { timeout: 30000, polling: 100 });
}

// heading returns the text of the page's first h1 once the app runs.
async function heading(page) {
  return (await page.textContent('main h1')).trim();
}

// unescapeHTML returns the text of HTML character data.
function unescapeHTML(s) {
  return s.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
    .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

// addresses returns every address a reader may use for the page p of a
// site: p itself, with and without its trailing slash, and the root as
// index.html, the way static servers and links write them.
function addresses(p) {
  if (p.endsWith('/')) {
    return p === '/' ? ['/', '/index.html'] : [p, p.slice(0, -1), p + 'index.html'];
  }
  return [p, p + '/'];
}

// expectView checks that the app, once it runs, shows the view whose
// pre-rendered heading is want, and not go-app's or the app's not-found page.
async function expectView(page, url, want) {
  await waitForApp(page);
  const got = await heading(page);
  assert.equal(got, want, `${url} shows "${got}" once the app runs`);
  const body = await page.textContent('body');
  assert.doesNotMatch(body, /not found|no such page/i, `${url} says it was not found`);
}

const targets = [
  { name: 'the Go server', start: startGoServer },
  { name: 'the Go server under /sub/', start: () => startGoServer({ prefix: '/sub/' }) },
  // Python's http.server has no setting for a not-found page: it answers
  // unknown paths with its own 404 (the README says so).
  { name: 'python3 -m http.server under /sub/', start: startStaticServer, notFoundPage: false },
  { name: 'nginx under /sub/', start: startNginx },
];

for (const target of targets) {
  test(`every route loads directly and offline from ${target.name}`, async (t) => {
    const server = await target.start();
    const browser = await launchBrowser();
    t.after(async () => {
      await browser.close();
      await stopProcess(server);
    });
    const origin = new URL(server.baseURL).origin;
    const pages = await pagePaths(server.baseURL);
    assert.ok(pages.length >= 1, `found pages ${pages}`);
    const page = await browser.context.newPage();
    const errors = watchErrors(page);

    await t.test('each page is pre-rendered with its heading and figures', async () => {
      for (const p of pages) {
        const res = await fetch(origin + p);
        assert.equal(res.status, 200, `GET ${p}`);
        const html = await res.text();
        assert.match(html, /<main[^>]*\bid="main"[^>]*>[\s\S]*<h1>/, `${p} has no pre-rendered heading`);
      }
    });

    const titles = {};
    await t.test('a direct load of each route, with or without a trailing slash, shows that view once the app runs', async () => {
      for (const p of pages) {
        titles[p] = unescapeHTML((await (await fetch(origin + p)).text()).match(/<h1>([^<]*)<\/h1>/)[1]);
        for (const url of addresses(p)) {
          const res = await page.goto(origin + url);
          assert.equal(res.status(), 200, `direct load of ${url}`);
          await expectView(page, url, titles[p]);
        }
      }
    });

    const unknown = new URL('no-such-view', server.baseURL).href;
    if (target.notFoundPage !== false) {
      await t.test('an unknown route answers 404 with the app\'s own page and a link to every view', async () => {
        const before = errors.length;
        const res = await page.goto(unknown);
        assert.equal(res.status(), 404, `GET ${unknown}`);
        await waitForApp(page);
        // Chromium logs the 404 of the page itself; that one is expected.
        const logged = errors.splice(before);
        assert.deepEqual(logged.filter((e) => !/status of 404/.test(e)), []);
        assert.equal(await heading(page), 'No such page');
        const links = await page.$$eval('main a', (as) => as.map((a) => new URL(a.href).pathname));
        for (const p of pages) assert.ok(links.includes(p), `the not-found page links to ${p}: ${links}`);
      });
    }

    await t.test('the worker precaches the site and takes control', async () => {
      await page.goto(server.baseURL);
      assert.equal(await waitForWorker(page), true);
    });

    await t.test('offline, every route opens and reloads', async () => {
      await stopProcess(server);
      await browser.context.setOffline(true);
      try {
        for (const p of pages) {
          // A worker's scope ends in a slash: /sub is outside the scope of
          // /sub/'s worker, so no browser opens it offline (README).
          for (const url of addresses(p).filter((u) => u === '/' || !pages.includes(u + '/'))) {
            await page.goto(origin + url + '?v=1&unknown=x');
            await expectView(page, url, titles[p]);
            await page.reload();
            await expectView(page, url, titles[p]);
          }
        }
        await page.goto(unknown);
        await waitForApp(page);
        assert.equal(await heading(page), 'No such page', `offline, ${unknown}`);
      } finally {
        await browser.context.setOffline(false);
      }
    });

    await t.test('no console errors', () => {
      assert.deepEqual(errors, []);
    });
  });
}

test('a new version offers a reload and switches only when the user clicks', async (t) => {
  const web = mkdtempSync(join(tmpdir(), 'computeledger-web-'));
  cpSync(join(root, 'web'), web, { recursive: true });
  const addr = `127.0.0.1:${await freePort()}`;
  let server = await startGoServer({ webDir: web, addr });
  const browser = await launchBrowser();
  t.after(async () => {
    await browser.close();
    await stopProcess(server);
    rmSync(web, { recursive: true, force: true });
  });
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  const cacheNames = () => page.evaluate(() => caches.keys());

  await page.goto(server.baseURL);
  assert.equal(await waitForWorker(page), true);
  await waitForChart(page, 'chart-commitments');
  const [before] = await cacheNames();

  // Deploy a new version on the same origin.
  await stopProcess(server);
  appendFileSync(join(web, 'app.css'), '\n/* the next version */\n');
  server = await startGoServer({ webDir: web, addr });

  await t.test('the page says a new version is available', async () => {
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.waitForSelector('.update-notice', { timeout: 30000 });
    assert.match(await page.textContent('.update-notice'), /new version is available/i);
  });

  await t.test('the page does not reload by itself', async () => {
    await page.waitForTimeout(1000);
    assert.equal(await page.locator('.update-notice').count(), 1);
  });

  await t.test('clicking reload switches to the new version', async () => {
    await Promise.all([page.waitForEvent('load'), page.click('.update-notice button')]);
    await waitForChart(page, 'chart-commitments');
    const after = await cacheNames();
    assert.equal(after.length, 1, `caches ${after}`);
    assert.notEqual(after[0], before, 'the cache of the new version replaced the old one');
    const css = await page.evaluate(async () => {
      const link = document.querySelector('link[href*="web/app.css"]');
      return (await fetch(link.href)).text();
    });
    assert.match(css, /the next version/);
    assert.equal(await page.locator('.update-notice').count(), 0);
  });

  await t.test('no console errors', () => {
    assert.deepEqual(errors, []);
  });
});

test('the app is installable at the root and under /sub/', async (t) => {
  for (const start of [startGoServer, startStaticServer]) {
    const server = await start();
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      await page.goto(server.baseURL);
      await waitForWorker(page);
      const cdp = await browser.context.newCDPSession(page);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      assert.deepEqual(installabilityErrors, [], `${server.baseURL} is not installable`);
      const manifest = await cdp.send('Page.getAppManifest');
      const m = JSON.parse(manifest.data);
      assert.equal(new URL(m.id, server.baseURL).pathname, new URL(server.baseURL).pathname, 'the manifest id is the site path');
      assert.ok(m.icons.some((i) => i.purpose === 'maskable'), 'a maskable icon');
      assert.ok(m.screenshots.some((s) => s.form_factor === 'wide'), 'a wide screenshot');
    } finally {
      await browser.close();
      await stopProcess(server);
    }
  }
});

test('the server stops gracefully on SIGTERM and SIGINT', async () => {
  for (const signal of ['SIGTERM', 'SIGINT']) {
    const server = await startGoServer();
    const exited = new Promise((resolve) => server.child.once('exit', (code, sig) => resolve({ code, sig })));
    server.child.kill(signal);
    const { code } = await exited;
    assert.equal(code, 0, `exit code after ${signal}`);
    assert.match(server.output(), /shutting down/, `the log says it shut down after ${signal}`);
  }
});
