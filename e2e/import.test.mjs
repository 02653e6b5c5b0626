// A large import shows its progress while it runs and then lists the
// ledger a page at a time, so the tab keeps answering: a 1 MB file of
// 5,748 deals used to freeze the tab for 13 s drawing every row at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, startGoServer, stopProcess, watchErrors } from './harness.mjs';
import { views, viewURL, waitForCharts } from './explorer-helpers.mjs';
import { genDealsCSV } from './import-files.mjs';

test('a 1 MB import shows progress and pages the ledger', async (t) => {
  const server = await startGoServer();
  const browser = await launchBrowser();
  t.after(async () => {
    await browser.close();
    await stopProcess(server);
  });
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  const { csv, deals } = genDealsCSV(1 << 20);
  assert.equal(deals, 5748, 'the generated file is the benchmark\'s');

  const ledger = views.find((v) => v.path === 'ledger');
  await page.goto(viewURL(server.baseURL, 'ledger'));
  await waitForCharts(page, ledger);
  const before = await page.textContent('#ledger-caption');
  const [, , seededText, asOf] = before.match(/^(\d+) of (\d+) deals as of ([\d-]+)$/);
  const seeded = Number(seededText);
  // Every text the progress line shows, recorded as it changes.
  await page.evaluate(() => {
    window.progressSeen = [];
    new MutationObserver(() => {
      const p = document.querySelector('#import-progress');
      const text = p ? p.textContent : '';
      if (text && window.progressSeen.at(-1) !== text) window.progressSeen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });

  await t.test('the import says what it is doing, with counts, until it is done', async () => {
    await page.setInputFiles('#import-file', { name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.waitForSelector('#import-status', { timeout: 120000 });
    assert.match(await page.textContent('#import-status'), /^Imported from big\.csv: 5748 new deals and 0 revisions\.$/);
    const seen = await page.evaluate(() => window.progressSeen);
    assert.ok(seen.some((s) => /^Reading big\.csv: [\d,]+ of 1,048,7\d\d bytes$/.test(s)), `reading shown: ${seen.join(' | ')}`);
    assert.ok(seen.some((s) => /^Checking big\.csv: [\d,]+ of 5,748 records$/.test(s)), `checking shown: ${seen.join(' | ')}`);
    assert.ok(seen.length >= 3, `progress moved on (${seen.length} steps): ${seen.join(" | ")}`);
    assert.equal(await page.locator('#import-progress').count(), 0, 'the progress line goes once done');
  });

  await t.test('the ledger lists 100 deals a page, with a way to the others', async () => {
    const total = seeded + deals;
    assert.equal(await page.textContent('#ledger-caption'), `${total} of ${total} deals as of ${asOf}, showing 1–100`);
    assert.equal(await page.locator('.ledger-table tbody tr').count(), 100);
    const first = await page.getAttribute('.ledger-table tbody tr', 'id');
    await page.click('button:text-is("Next 100")');
    await page.waitForFunction(() => /showing 101–200$/.test(document.querySelector('#ledger-caption').textContent));
    assert.equal(await page.locator('.ledger-table tbody tr').count(), 100);
    assert.notEqual(await page.getAttribute('.ledger-table tbody tr', 'id'), first, 'the second page shows other deals');
    await page.click('button:text-is("Last")');
    const lastFirst = Math.floor((total - 1) / 100) * 100 + 1;
    await page.waitForFunction((s) => document.querySelector('#ledger-caption').textContent.endsWith(s), `showing ${lastFirst}–${total}`);
    assert.equal(await page.locator('.ledger-table tbody tr').count(), total - lastFirst + 1);

    // A filter starts again at its first page.
    await page.fill('#ui-q', 'gen_deal_123');
    await page.waitForFunction(() => /^\d+ of \d+ deals as of [\d-]+$/.test(document.querySelector('#ledger-caption').textContent));
    const ids = await page.$$eval('.ledger-table tbody tr', (trs) => trs.map((tr) => tr.id));
    assert.deepEqual(ids.sort(), ['deal-row-gen_deal_123', ...Array.from({ length: 10 }, (_, i) => `deal-row-gen_deal_123${i}`)].sort());
    assert.equal(await page.locator('button:text-is("Next 100")').count(), 0, 'one page, no paging');
  });

  await t.test('the imported deals stay through navigation', async () => {
    await page.click('nav a:text-is("Spend")');
    await waitForCharts(page, views.find((v) => v.path === 'spend'));
    await page.click('nav a:text-is("Ledger")');
    await page.waitForSelector('#ledger-caption');
    assert.match(await page.textContent('#ledger-caption'), new RegExp(` of ${seeded + deals} deals as of `), "the filter stays and the ledger still holds every imported deal");
    assert.deepEqual(errors, []);
  });
});
