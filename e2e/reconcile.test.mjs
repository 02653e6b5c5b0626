// The reconcile view in a real browser: on a direct load it opens on the
// claim's date and shows the same steps as `computeledger reconcile`; after
// navigating from another view it shows the CLI's figures for that view's
// date; and a step's link opens the ledger on exactly its deals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './harness.mjs';
import { startExplorer, views, viewURL, waitForCharts } from './explorer-helpers.mjs';

const reconcileView = views.find((v) => v.path === 'reconcile');

// cli returns `computeledger reconcile` as JSON for a date.
function cli(asOf) {
  const out = execFileSync(join(root, 'bin', 'computeledger'), ['reconcile', '-as-of', asOf, '-format', 'json'], { encoding: 'utf8' });
  return JSON.parse(out);
}

// expected returns the steps (and each ledger total) the view should show,
// by table, as key -> value.
function expected(c) {
  const of = (w) => {
    const m = { ledger: w.ledger };
    for (const s of w.steps) m[s.key] = s.value;
    return m;
  };
  return { usd: of(c.commitments), gw: of(c.capacity) };
}

// shown reads the values the view shows in its step tables.
async function shown(page) {
  return page.evaluate(() => {
    const read = (id) => Object.fromEntries([...document.querySelectorAll(`#${id}-table .step-value`)]
      .map((td) => [td.dataset.key, Number(td.dataset.value)]));
    return { usd: read('reconcile-usd'), gw: read('reconcile-gw') };
  });
}

async function waitForDate(page, asOf) {
  await page.waitForFunction((d) => new URL(location.href).searchParams.get('as_of') === d, asOf, { timeout: 20000 });
}

test('the reconcile view shows the CLI\'s reconciliation and links each step to its deals', async (t) => {
  const { server, site, page, errors } = await startExplorer(t);
  const claim = cli('2025-11-06');

  for (const target of [{ name: 'the Go server', srv: server }, { name: 'the static build', srv: site }]) {
    await t.test(`a direct load from ${target.name} opens on the claim's date with the CLI's steps`, async () => {
      await page.goto(viewURL(target.srv.baseURL, 'reconcile'));
      await waitForCharts(page, reconcileView);
      await waitForDate(page, '2025-11-06');
      assert.deepEqual(await shown(page), expected(claim));
      const tile = await page.textContent('.tile-value');
      assert.ok(tile.startsWith('$1.3'), `the ledger's commitments tile reads ${tile}`);
    });
  }

  await t.test('after navigating from another view it shows the CLI\'s figures for the date it opens on', async () => {
    await page.goto(viewURL(server.baseURL, 'flows'));
    await waitForCharts(page, views.find((v) => v.path === 'flows'));
    await page.click('nav a:text-is("Reconcile")');
    await page.waitForFunction(() => document.querySelector('nav a[aria-current="page"]')?.textContent === 'Reconcile');
    await waitForCharts(page, reconcileView);
    await waitForDate(page, '2025-11-06');
    assert.deepEqual(await shown(page), expected(claim));

    const later = '2026-04-27';
    await page.goto(viewURL(server.baseURL, 'spend', `preset=base&as_of=2026-01-01`));
    await waitForCharts(page, views.find((v) => v.path === 'spend'));
    await page.click('nav a:text-is("Reconcile")');
    await waitForDate(page, '2026-01-01');
    await waitForCharts(page, reconcileView);
    assert.deepEqual(await shown(page), expected(cli('2026-01-01')), 'a date the reader chose travels');
    await page.goto(viewURL(server.baseURL, 'reconcile', `preset=base&as_of=${later}`));
    await waitForCharts(page, reconcileView);
    assert.deepEqual(await shown(page), expected(cli(later)));
  });

  await t.test('a step\'s link opens the ledger on exactly its deals', async () => {
    await page.goto(viewURL(server.baseURL, 'reconcile'));
    await waitForCharts(page, reconcileView);
    const step = claim.commitments.steps.find((s) => s.key === 'overlap');
    await page.click('#reconcile-usd-overlap a.step-deals');
    await page.waitForFunction(() => document.querySelector('nav a[aria-current="page"]')?.textContent === 'Ledger');
    await page.waitForSelector('#ledger-only');
    const ids = await page.evaluate(() => [...document.querySelectorAll('.ledger-table tbody tr')].map((tr) => tr.id.replace('deal-row-', '')));
    assert.deepEqual(ids.sort(), [...step.deal_ids].sort());
    assert.equal(new URL(page.url()).searchParams.get('as_of'), '2025-11-06');
  });

  assert.deepEqual(errors, [], 'no console error');
});
