// The explorer's views in a real browser: every route loads directly (from
// the Go server and from the static build under /sub/) and through the
// navigation; a slider changes the numbers and the link, and the link
// restores them; nonsense parameters give notices while the charts still
// draw; saved scenarios survive a corrupted store; every download has the
// expected content; imports are all or nothing; axe-core finds no serious
// or critical violation; and screenshots at 1280 and 390 px, light and dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  root, watchErrors, screenshot,
} from './harness.mjs';
import {
  startExplorer, views, viewURL, waitForCharts, updateSeq, waitForUpdate, waitForQuery, runAxe, download,
} from './explorer-helpers.mjs';

test('the explorer: views, controls, links, downloads and accessibility', async (t) => {
  const { server, site, browser, page, errors } = await startExplorer(t);

  for (const target of [{ name: 'the Go server', srv: server }, { name: 'the static build', srv: site }]) {
    await t.test(`every route loads directly from ${target.name} and draws its charts`, async () => {
      for (const view of views) {
        await page.goto(viewURL(target.srv.baseURL, view.path));
        const sizes = await waitForCharts(page, view);
        for (const s of sizes) assert.ok(s.width > 100 && s.height > 100, `${view.label}: canvas ${s.width}x${s.height}`);
        assert.equal(await page.textContent('nav a[aria-current="page"]'), view.label);
        assert.ok((await page.textContent('h1')).length > 10, `${view.label} has a heading`);
      }
    });
  }

  await t.test('every route loads through the navigation without reloading the page', async () => {
    await page.goto(viewURL(server.baseURL, ''));
    await waitForCharts(page, views[0]);
    await page.evaluate(() => { window.stillTheSamePage = true; });
    for (const view of [...views.slice(1), views[0]]) {
      await page.click(`nav a:text-is("${view.label}")`);
      await page.waitForFunction((label) => document.querySelector('nav a[aria-current="page"]')?.textContent === label, view.label);
      await waitForCharts(page, view);
      assert.equal(await page.evaluate(() => window.stillTheSamePage), true, `moving to ${view.label} reloaded the page`);
      assert.ok(new URL(page.url()).searchParams.get('preset'), 'the link keeps the scenario');
    }
  });

  await t.test('moving a slider changes the numbers and the link, and loading the link restores them', async () => {
    await page.goto(viewURL(server.baseURL, 'funding'));
    await waitForCharts(page, views[4]);
    const summary = await page.textContent('#chart-funding-summary');
    const peak = await page.textContent('.tile-value');
    const oldG = await waitForQuery(page, 'as_of');
    assert.ok(oldG);
    const seq = await updateSeq(page);
    await page.focus('#ctl-g-range');
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await waitForUpdate(page, seq);
    const g = await waitForQuery(page, 'g');
    assert.notEqual(await page.textContent('.tile-value'), peak, 'the peak gap changed');
    assert.notEqual(await page.textContent('#chart-funding-summary'), summary, 'the chart summary changed');
    const link = page.url();
    const shown = await page.textContent('.tile-value');
    const number = await page.inputValue('#ctl-g');

    const other = await browser.context.newPage();
    const otherErrors = watchErrors(other);
    await other.goto(link);
    await waitForCharts(other, views[4]);
    assert.equal(new URL(other.url()).searchParams.get('g'), g);
    assert.equal(await other.inputValue('#ctl-g'), number, 'the number field is restored');
    assert.equal(await other.textContent('.tile-value'), shown, 'the numbers are restored');
    assert.equal(await other.locator('.notices').count(), 0, 'its own link gives no notice');
    assert.deepEqual(otherErrors, []);
    await other.close();
  });

  await t.test('nonsense query parameters show a notice naming each, and the charts still draw', async () => {
    await page.goto(viewURL(server.baseURL, 'spend', 'pue=abc&util=7&zzz=1&ui.group=planets&preset=moon&exc=nobody'));
    await waitForCharts(page, views[2]);
    for (const param of ['pue', 'util', 'zzz', 'ui.group', 'preset', 'exc']) {
      const text = await page.textContent(`.notices li[data-param="${param}"]`);
      assert.ok(text.includes(param), `the notice names ${param}: ${text}`);
    }
    assert.match(await page.textContent('.notices li[data-param="pue"]'), /using [\d.]+ instead/);
    // The address is rewritten with the values used.
    const pue = await waitForQuery(page, 'preset');
    assert.equal(pue, 'base');
    assert.equal(new URL(page.url()).searchParams.get('zzz'), null);
  });

  await t.test('a typed value gives what the same value in a link gives: the notice, the repair, the shortest decimal', async () => {
    await page.goto(viewURL(server.baseURL, 'funding'));
    await waitForCharts(page, views[4]);
    // Out of range: the link's notice, and the field shows the value in use.
    const pue = await page.inputValue('#ctl-pue');
    await page.fill('#ctl-pue', '9');
    await page.press('#ctl-pue', 'Enter');
    // The error line is always on the page (hidden while empty); its text
    // follows the update in a task of its own.
    const controlError = async (re) => {
      await page.waitForFunction((src) => new RegExp(src).test(document.querySelector('.control-error:not([hidden])')?.textContent || ''), re.source, { timeout: 10000 });
      return page.textContent('.control-error');
    };
    assert.match(await controlError(/pue = "9" is out of range/), /pue = "9" is out of range \(accepted: 1 to 3 ratio\); using [\d.]+ instead/);
    assert.equal(await page.inputValue('#ctl-pue'), pue, 'the field shows the value in use');
    // A ceiling at the run rate: the same repair as in a link.
    const rev0 = await page.inputValue('#ctl-rev0');
    let seq = await updateSeq(page);
    await page.fill('#ctl-rev_cap', '1000');
    await page.press('#ctl-rev_cap', 'Enter');
    await waitForUpdate(page, seq);
    seq = await updateSeq(page);
    await page.fill('#ctl-rev_cap', rev0);
    await page.press('#ctl-rev_cap', 'Enter');
    await waitForUpdate(page, seq);
    assert.match(await controlError(/rev_cap = /), /rev_cap = .* is out of range \(accepted: more than rev0/);
    const typed = await page.inputValue('#ctl-rev_cap');
    const other = await browser.context.newPage();
    await other.goto(viewURL(server.baseURL, 'funding', `rev_cap=${rev0}B`));
    await waitForCharts(other, views[4]);
    assert.equal(await other.inputValue('#ctl-rev_cap'), typed, 'the link gives the ceiling the panel gives');
    await other.close();
    // The link carries the decimal typed.
    seq = await updateSeq(page);
    await page.fill('#ctl-share', '57');
    await page.press('#ctl-share', 'Enter');
    await waitForUpdate(page, seq);
    assert.equal(await waitForQuery(page, 'share'), '0.57');
  });

  await t.test('saved scenarios: a corrupted store is reported and set aside, and a scenario saves', async () => {
    await page.goto(viewURL(server.baseURL, ''));
    await waitForCharts(page, views[0]);
    await page.evaluate(() => localStorage.setItem('computeledger.saved-scenarios', '{broken'));
    await page.reload();
    await waitForCharts(page, views[0]);
    const notice = await page.textContent('.notices li[data-param="computeledger.saved-scenarios"]');
    assert.match(notice, /could not be read.*kept aside/);
    assert.equal(await page.evaluate(() => localStorage.getItem('computeledger.saved-scenarios')), null);
    await page.fill('#ctl-save-name', 'my test scenario');
    await page.click('.save-row button:text-is("Save")');
    await page.waitForSelector('.saved-list a:text-is("my test scenario")');
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('computeledger.saved-scenarios')));
    assert.equal(stored.scenarios[0].name, 'my test scenario');
  });

  await t.test('each download has the expected content', async () => {
    await page.goto(viewURL(server.baseURL, 'spend', 'preset=bear'));
    await waitForCharts(page, views[2]);
    const asOf = new URL(page.url()).searchParams.get('as_of');

    const ledgerCSV = await download(page, '.download-buttons button:text-is("Ledger (CSV)")');
    assert.equal(ledgerCSV.name, `compute-ledger-ledger-${asOf}.csv`);
    const csvLines = ledgerCSV.bytes.toString('utf8').trim().split('\n');
    assert.match(csvLines[0], /^id,counterparty,kind,status/);
    assert.ok(csvLines.some((l) => l.startsWith('stargate_us,')), 'the ledger CSV holds Stargate');

    const ledgerJSON = await download(page, '.download-buttons button:text-is("Ledger (JSON)")');
    const lj = JSON.parse(ledgerJSON.bytes.toString('utf8'));
    assert.equal(lj.as_of, asOf);
    assert.ok(lj.totals.commitments_usd > 1e12 && lj.deals.length > 10);

    const resultsCSV = await download(page, '.download-buttons button:text-is("Results (CSV)")');
    assert.equal(resultsCSV.name, `compute-ledger-results-${asOf}.csv`);
    assert.match(resultsCSV.bytes.toString('utf8'), /^year,spend_usd,/);

    const resultsJSON = await download(page, '.download-buttons button:text-is("Results (JSON)")');
    const rj = JSON.parse(resultsJSON.bytes.toString('utf8'));
    assert.equal(rj.scenario.preset, 'bear');
    assert.ok(rj.years.length > 3 && rj.totals.commitments_usd > 0);

    const png = await download(page, 'button[aria-label="Download Compute spend per year as PNG"]');
    assert.equal(png.name, `compute-ledger-spend-${asOf}.png`);
    assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG file');
    assert.equal(png.bytes.readUInt32BE(16), 2400, 'twice the export width');
    assert.ok(png.bytes.length > 20000, `the PNG has a drawing (${png.bytes.length} bytes)`);

    const svg = await download(page, 'button[aria-label="Download Compute spend per year as SVG"]');
    assert.equal(svg.name, `compute-ledger-spend-${asOf}.svg`);
    const svgText = svg.bytes.toString('utf8');
    assert.match(svgText, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.match(svgText, /Compute spend/, 'the SVG has the chart title');
    assert.match(svgText, /<text [^>]*>Sources: [^<]+ \(\d{4}-\d\d-\d\d\)[^<]*<\/text>/, 'the SVG footer names the publishers and their dates');
    assert.match(svgText, /<text [^>]*>Compute Ledger, data [0-9a-f]+<\/text>/, 'the SVG footer has the data version');
    assert.match(svgText, /preset=bear/, 'the footer carries the link');

    const citation = await page.textContent('#citation');
    assert.match(citation, /Compute Ledger, “Spend” view, scenario “Bear case” as of \d{4}-\d\d-\d\d, ledger data [0-9a-f]+\. http/);
  });

  await t.test('an import shows errors per line and takes nothing in, and a valid file adds its deals', async () => {
    await page.goto(viewURL(server.baseURL, 'ledger'));
    await page.waitForSelector('#ledger-caption');
    const caption = await page.textContent('#ledger-caption');
    await page.setInputFiles('#import-file', join(root, 'data', 'testdata', 'broken_unknown_status.csv'));
    await page.waitForSelector('#import-errors li');
    const lines = await page.$$eval('#import-errors li', (els) => els.map((e) => e.textContent));
    assert.ok(lines.length >= 1 && lines.every((l) => l.startsWith('broken_unknown_status.csv:')), lines.join('\n'));
    assert.equal(await page.textContent('#ledger-caption'), caption, 'nothing was imported');

    await page.setInputFiles('#import-file', join(root, 'data', 'testdata', 'extra_deals.csv'));
    await page.waitForSelector('#import-status');
    assert.match(await page.textContent('#import-status'), /Imported from extra_deals.csv: 2 new deals and 0 revisions/);
    await page.waitForSelector('#deal-row-example_lab_site');
    assert.notEqual(await page.textContent('#ledger-caption'), caption);
  });

  await t.test('a formula in an imported name downloads as text in the ledger CSV, its sites intact', async () => {
    await page.goto(viewURL(server.baseURL, 'ledger'));
    await page.waitForSelector('#ledger-caption');
    const csv = 'id,counterparty,kind,status,direction,announced,value_usd,start_year,end_year,confidence,sites,source_url,source_publisher,source_date,source_supports\n' +
      'formula_deal,"=HYPERLINK(""https://attacker.example/"",""Click"")",cloud_purchase,definitive,outflow,2026-05-03,1e9,2026,2030,low,' +
      '"[""Abilene; TX"","" Milam ""]",https://example.com/f,-Example News,2026-05-03,+a deal\n';
    await page.setInputFiles('#import-file', { name: 'formula.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.waitForSelector('#deal-row-formula_deal');
    const out = (await download(page, '.download-buttons button:text-is("Ledger (CSV)")')).bytes.toString('utf8');
    const row = out.split('\n').find((l) => l.startsWith('formula_deal,'));
    assert.ok(row, 'the imported deal is in the download');
    assert.ok(row.startsWith(`formula_deal,"'=HYPERLINK(""https://attacker.example/"",""Click"")"`), row);
    assert.ok(row.includes(`"[""Abilene; TX"","" Milam ""]"`), `the sites keep their ; and spaces: ${row}`);
    assert.ok(row.includes(",'-Example News,") && row.includes(",'+a deal,"), row);
  });

  await t.test('a second import adds to the first, and the ledger download imports back', async () => {
    // The page holds formula.csv from the test above; a second file adds to it.
    await page.setInputFiles('#import-file', join(root, 'data', 'testdata', 'extra_deals.csv'));
    await page.waitForFunction(() => document.querySelectorAll('#imported-files li').length === 2);
    const files = await page.$$eval('#imported-files li', (lis) => lis.map((li) => li.textContent));
    assert.ok(files[0].startsWith('formula.csv:') && files[1].startsWith('extra_deals.csv:'), files.join('\n'));
    await page.waitForSelector('#deal-row-example_lab_site');
    await page.waitForSelector('#deal-row-formula_deal');
    const exported = await download(page, '.download-buttons button:text-is("Ledger (CSV)")');
    await page.setInputFiles('#import-file', { name: exported.name, mimeType: 'text/csv', buffer: exported.bytes });
    await page.waitForFunction((n) => document.querySelectorAll('#imported-files li').length === n, 3);
    assert.match(await page.textContent('#import-status'), /0 new deals and 0 revisions; \d+ deals already in the ledger unchanged/);
    assert.equal(await page.locator('#import-errors li').count(), 0);
    await page.click('button[aria-label="Remove extra_deals.csv"]');
    await page.waitForFunction(() => document.querySelectorAll('#imported-files li').length === 2);
    assert.equal(await page.locator('#deal-row-example_lab_site').count(), 0, 'the removed file\'s deal is gone');
    await page.waitForSelector('#deal-row-formula_deal');
  });

  await t.test('the theme choice switches the page and the charts to dark', async () => {
    await page.goto(viewURL(server.baseURL, 'capacity'));
    await waitForCharts(page, views[3]);
    await page.selectOption('#theme', 'dark');
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await waitForCharts(page, views[3]);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(bg, 'rgb(15, 23, 42)');
    await page.reload();
    await waitForCharts(page, views[3]);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark', 'the choice is kept');
    await page.selectOption('#theme', 'system');
    await page.waitForFunction(() => !document.documentElement.dataset.theme);
  });

  await t.test('axe-core finds no serious or critical violation on any route, light or dark', async () => {
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const view of views) {
        await page.goto(viewURL(server.baseURL, view.path));
        await waitForCharts(page, view);
        const violations = await runAxe(page);
        assert.deepEqual(violations, [], `${view.label} (${scheme}): ${JSON.stringify(violations, null, 1)}`);
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  await t.test('screenshots at 1280 and 390 px, light and dark', async () => {
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const view of views) {
        const name = `explorer-${view.path || 'overview'}-${scheme}`;
        for (const width of [1280, 390]) {
          // Load at the width: the controls start open on wide screens only.
          await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
          await page.goto(viewURL(server.baseURL, view.path));
          await waitForCharts(page, view);
          await screenshot(page, name, width);
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${view.label} at 390 px scrolls sideways by ${overflow} px`);
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  await t.test('no console errors', () => {
    assert.deepEqual(errors, []);
  });
});
