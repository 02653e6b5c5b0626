// Saved scenarios keep what the reader saved: saves in two tabs merge, an
// unreadable entry is set aside while the others stay, a used name is
// replaced only after asking, and a full list refuses instead of evicting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, startGoServer, stopProcess, watchErrors } from './harness.mjs';
import { views, viewURL, waitForCharts } from './explorer-helpers.mjs';

const key = 'computeledger.saved-scenarios';

// save types a name and clicks Save.
async function save(page, name) {
  await page.fill('#ctl-save-name', name);
  await page.click('.save-row button:text-is("Save")');
}

// savedNames returns the names listed on the page.
function savedNames(page) {
  return page.$$eval('.saved-list li a', (as) => as.map((a) => a.textContent));
}

// stored returns the names in localStorage.
async function stored(page) {
  const raw = await page.evaluate((k) => localStorage.getItem(k), key);
  return raw ? JSON.parse(raw).scenarios.map((s) => s.name) : [];
}

async function open(page, baseURL) {
  await page.goto(viewURL(baseURL, ''));
  await waitForCharts(page, views[0]);
}

test('saved scenarios keep what the reader saved', async (t) => {
  const server = await startGoServer();
  const browser = await launchBrowser();
  t.after(async () => {
    await browser.close();
    await stopProcess(server);
  });
  const a = await browser.context.newPage();
  const errors = watchErrors(a);
  await open(a, server.baseURL);
  await a.evaluate(() => localStorage.clear());

  await t.test('saves in two open tabs both stay, and each tab lists both', async () => {
    const b = await browser.context.newPage();
    await open(a, server.baseURL);
    await open(b, server.baseURL);
    await save(a, 'from tab A');
    await a.waitForSelector('.saved-list a:text-is("from tab A")');
    await save(b, 'from tab B');
    await b.waitForSelector('.saved-list a:text-is("from tab B")');
    assert.deepEqual((await stored(b)).sort(), ['from tab A', 'from tab B']);
    assert.deepEqual((await savedNames(b)).sort(), ['from tab A', 'from tab B']);
    await a.waitForSelector('.saved-list a:text-is("from tab B")', { timeout: 5000 });
    await b.close();
  });

  await t.test('a save under a used name asks, and replaces only on Replace', async () => {
    await save(a, 'from tab A');
    await a.waitForSelector('.replace-question');
    assert.match(await a.textContent('.replace-question'), /already named “from tab A”/);
    await a.click('.replace-question button:text-is("Cancel")');
    await a.waitForSelector('.replace-question', { state: 'detached', timeout: 5000 });
    assert.equal((await stored(a)).length, 2);
    await save(a, 'from tab A');
    await a.click('.replace-question button:text-is("Replace")');
    await a.waitForSelector('.replace-question', { state: 'detached' });
    assert.deepEqual((await stored(a)).sort(), ['from tab A', 'from tab B']);
  });

  await t.test('an unreadable entry is set aside and reported; the good ones stay', async () => {
    await a.evaluate((k) => {
      const st = JSON.parse(localStorage.getItem(k));
      st.scenarios.push({ name: 'broken', path: '/nowhere', query: '' });
      localStorage.setItem(k, JSON.stringify(st));
    }, key);
    await open(a, server.baseURL);
    const notice = await a.textContent(`.notices li[data-param="${key}"]`);
    assert.match(notice, /Saved scenario 3 could not be read.*kept aside/);
    assert.deepEqual((await savedNames(a)).sort(), ['from tab A', 'from tab B']);
    const aside = await a.evaluate((k) => localStorage.getItem(k + '.unreadable'), key);
    assert.match(aside, /"broken"/);
  });

  await t.test('a store that cannot be read is kept aside, not deleted', async () => {
    await a.evaluate((k) => { localStorage.setItem(k, '{broken'); localStorage.removeItem(k + '.unreadable'); }, key);
    await open(a, server.baseURL);
    assert.match(await a.textContent(`.notices li[data-param="${key}"]`), /could not be read.*kept aside/);
    assert.equal(await a.evaluate((k) => localStorage.getItem(k + '.unreadable'), key), '{broken\n');
  });

  await t.test('a full list refuses the next save and drops nothing', async () => {
    await a.evaluate((k) => {
      const scenarios = Array.from({ length: 50 }, (_, i) => ({ name: `s${i}`, path: '/', query: '', saved_at: '2026-12-01' }));
      localStorage.setItem(k, JSON.stringify({ version: 1, scenarios }));
    }, key);
    await open(a, server.baseURL);
    await save(a, 'one too many');
    await a.waitForFunction(() => /Not saved: 50 scenarios are saved/.test(document.body.textContent));
    const names = await stored(a);
    assert.equal(names.length, 50);
    assert.ok(names.includes('s0') && !names.includes('one too many'));
  });

  await t.test('no console errors', () => {
    assert.deepEqual(errors, []);
  });
});
