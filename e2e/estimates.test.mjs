// The /estimates view in a real browser shows the same numbers as
// `computeledger estimates -format json` (run here), on a direct load from
// the Go server and from the static build, and after moving to it through
// the navigation; each publication links to its source, and its preset
// link opens the preset in the other views.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './harness.mjs';
import { startExplorer, viewURL, waitForCharts, runAxe } from './explorer-helpers.mjs';

const estimatesView = { path: 'estimates', label: 'Estimates', charts: [] };
const fundingView = { path: 'funding', label: 'Funding', charts: ['chart-funding'] };

// parseShown reads a formatted cell ("$1.31T", "-$95.0B", "+187.2%",
// "37.7 GW") back to a number and the rounding of its last digit.
function parseShown(text) {
  const m = text.trim().match(/^([+-]?)\$?([0-9.,]+)\s*(T|B|M|GW|%)?$/);
  assert.ok(m, `unreadable cell ${JSON.stringify(text)}`);
  const scale = { T: 1e12, B: 1e9, M: 1e6, GW: 1, '%': 0.01 }[m[3]] ?? 1;
  const digits = m[2].replace(/,/g, '');
  const decimals = digits.includes('.') ? digits.split('.')[1].length : 0;
  const value = (m[1] === '-' ? -1 : 1) * Number(digits) * scale;
  return { value, tolerance: 0.5 * 10 ** -decimals * scale * 1.000001 };
}

// tableCells returns every shown cell of the estimates tables, keyed by
// publication, figure and column.
async function tableCells(page) {
  return page.$$eval('tr[data-publication] td[data-col]', (tds) => tds.map((td) => ({
    pub: td.parentElement.dataset.publication,
    fig: td.parentElement.dataset.figure,
    col: td.dataset.col,
    value: Number(td.dataset.value),
    text: td.textContent,
  })));
}

function assertSameNumbers(cells, estimates, where) {
  const json = {
    published: 'published', model: 'model', base: 'base', difference: 'difference', difference_pct: 'difference_pct',
  };
  let n = 0;
  for (const e of estimates) {
    for (const r of e.rows) {
      for (const [col, field] of Object.entries(json)) {
        const c = cells.find((x) => x.pub === e.id && x.fig === r.figure && x.col === col);
        assert.ok(c, `${where}: no ${col} cell for ${e.id} ${r.figure}`);
        const want = r[field];
        assert.ok(Math.abs(c.value - want) <= 1e-9 * Math.max(1, Math.abs(want)),
          `${where}: ${e.id} ${r.figure} ${col} holds ${c.value}, the CLI says ${want}`);
        const shown = parseShown(c.text);
        assert.ok(Math.abs(shown.value - want) <= shown.tolerance,
          `${where}: ${e.id} ${r.figure} ${col} shows ${c.text}, the CLI says ${want}`);
        n++;
      }
    }
  }
  assert.equal(cells.length, n, `${where}: the table has cells the CLI does not print`);
}

test('the estimates view shows the numbers of computeledger estimates', async (t) => {
  const estimates = JSON.parse(execFileSync(join(root, 'bin', 'computeledger'), ['estimates', '-format', 'json'], { encoding: 'utf8' }));
  assert.ok(estimates.length >= 3, 'the CLI reproduces at least three publications');
  const { server, site, page, errors } = await startExplorer(t);

  for (const target of [{ name: 'the Go server', srv: server }, { name: 'the static build', srv: site }]) {
    await t.test(`a direct load from ${target.name}`, async () => {
      await page.goto(viewURL(target.srv.baseURL, 'estimates'));
      await waitForCharts(page, estimatesView);
      assert.equal(await page.textContent('nav a[aria-current="page"]'), 'Estimates');
      assertSameNumbers(await tableCells(page), estimates, target.name);
      for (const e of estimates) {
        const href = await page.getAttribute(`section#${e.id} h2 a`, 'href');
        assert.equal(href, e.url, `${e.id} links to its source`);
      }
    });
  }

  await t.test('after moving to it from another view', async () => {
    await page.goto(viewURL(server.baseURL, 'funding'));
    await waitForCharts(page, fundingView);
    await page.evaluate(() => { window.stillTheSamePage = true; });
    await page.click('nav a:text-is("Estimates")');
    await page.waitForFunction(() => document.querySelector('nav a[aria-current="page"]')?.textContent === 'Estimates');
    await page.waitForSelector('tr[data-publication] td[data-col]');
    assert.equal(await page.evaluate(() => window.stillTheSamePage), true, 'moving to Estimates reloaded the page');
    assertSameNumbers(await tableCells(page), estimates, 'after navigation');
  });

  await t.test("a publication's preset link opens it in the other views", async () => {
    const e = estimates[0];
    await page.click(`section#${e.id} a.open-preset`);
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('preset') === id
      && document.querySelector('nav a[aria-current="page"]')?.textContent === 'Funding', e.id);
    await waitForCharts(page, fundingView);
    assert.equal(await page.inputValue('#ctl-preset'), e.id);
    assert.equal(new URL(page.url()).searchParams.get('as_of'), e.as_of, 'the preset reads the ledger of its date');
  });

  await t.test('no serious accessibility violation and no console error', async () => {
    await page.goto(viewURL(server.baseURL, 'estimates'));
    await waitForCharts(page, estimatesView);
    const violations = await runAxe(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    assert.deepEqual(errors, []);
  });
});
