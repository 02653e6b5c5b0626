// The ledger's open Sources panels belong to deals, not to row positions:
// with one deal's sources open, sorting by another column or filtering
// leaves that deal's open and every other deal's closed; a second click on
// a column heading reverses its order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startExplorer, views, viewURL, waitForCharts } from './explorer-helpers.mjs';

// rows returns the deal ids in table order and the ids whose sources are open.
async function rows(page) {
  return page.evaluate(() => {
    const trs = [...document.querySelectorAll('tr[id^="deal-row-"]')];
    return {
      order: trs.map((tr) => tr.id.slice('deal-row-'.length)),
      open: trs.filter((tr) => tr.querySelector('details.deal-details')?.open).map((tr) => tr.id.slice('deal-row-'.length)),
    };
  });
}

// waitForOrder waits until the table's order differs from before.
async function waitForOrder(page, before) {
  await page.waitForFunction((b) => {
    const ids = [...document.querySelectorAll('tr[id^="deal-row-"]')].map((tr) => tr.id).join(',');
    return ids !== b;
  }, before.map((id) => `deal-row-${id}`).join(','), { timeout: 10000 });
  // The toggle events of panels the render opened or closed run after it.
  await page.waitForTimeout(100);
}

test('an open Sources panel stays with its deal when the ledger is sorted or filtered', async (t) => {
  const { server, page, errors } = await startExplorer(t, { staticSite: false });

  await page.goto(viewURL(server.baseURL, 'ledger'));
  await waitForCharts(page, views[1]);
  const start = await rows(page);
  assert.ok(start.order.length > 5, 'the ledger lists deals');
  assert.deepEqual(start.open, [], 'no sources open at first');

  const deal = start.order[0];
  await page.click(`#deal-row-${deal} details.deal-details > summary`);
  await page.waitForFunction((id) => document.querySelector(`#deal-row-${id} details.deal-details`).open, deal);

  // Sort by another column: the deal moves, its panel with it.
  for (const [label, sort] of [['Announced', 'descending'], ['Announced', 'ascending'], ['Deal', 'ascending']]) {
    const before = await rows(page);
    await page.click(`thead button.sort:text-matches("^${label}")`);
    await waitForOrder(page, before.order);
    const th = await page.getAttribute(`thead th:has(button.sort:text-matches("^${label}"))`, 'aria-sort');
    assert.equal(th, sort, `${label} sorts ${sort}`);
    const after = await rows(page);
    assert.deepEqual(after.open, [deal], `sorted by ${label} (${sort}): ${deal}'s sources open and no other's (deal at row ${after.order.indexOf(deal)})`);
  }

  // Filter to the deal's counterparty: other rows go, the panel stays with it.
  const name = await page.textContent(`#deal-row-${deal} .deal-name`);
  const before = await rows(page);
  await page.fill('#ui-q', name);
  await waitForOrder(page, before.order);
  const filtered = await rows(page);
  assert.ok(filtered.order.includes(deal), 'the filter keeps the deal');
  assert.deepEqual(filtered.open, [deal], `filtered by "${name}": ${deal}'s sources open and no other's`);

  // Closing it closes it for good: clearing the filter opens nothing.
  await page.click(`#deal-row-${deal} details.deal-details > summary`);
  await page.waitForFunction((id) => !document.querySelector(`#deal-row-${id} details.deal-details`).open, deal);
  const narrow = await rows(page);
  await page.fill('#ui-q', '');
  await waitForOrder(page, narrow.order);
  assert.deepEqual((await rows(page)).open, [], 'no sources open after closing and clearing the filter');
  assert.deepEqual(errors, [], 'no console errors');
});
