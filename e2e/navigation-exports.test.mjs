// After a click in the navigation, the chart downloads and the citation
// are the view's on screen: on every view with a chart, reached by the nav
// link from another view, the PNG and SVG files are named after this
// view's chart, the SVG carries this chart's title and this view's link,
// and "Copy citation" names this view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startExplorer, views, viewURL, waitForCharts, download } from './explorer-helpers.mjs';

// xmlText escapes text as it appears in an SVG document.
const xmlText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  .replace(/"/g, '&quot;').replace(/'/g, '&#39;');

test('downloads and the citation follow the view reached through the navigation', async (t) => {
  const { server, page, errors } = await startExplorer(t, { staticSite: false });

  await page.goto(viewURL(server.baseURL, ''));
  await waitForCharts(page, views[0]);
  // Keep what "Copy citation" writes (headless Chromium has no clipboard
  // to read back).
  await page.evaluate(() => {
    window.copiedTexts = [];
    navigator.clipboard.writeText = (s) => { window.copiedTexts.push(s); return Promise.resolve(); };
  });

  let previous = views[0];
  for (const view of [...views.slice(1), views[0]]) {
    await page.click(`nav a:text-is("${view.label}")`);
    await page.waitForFunction((label) => document.querySelector('nav a[aria-current="page"]')?.textContent === label, view.label);
    await waitForCharts(page, view);
    const from = previous;
    previous = view;
    if (view.charts.length === 0) continue;
    const asOf = new URL(page.url()).searchParams.get('as_of');
    const path = new URL(page.url()).pathname;
    for (const id of view.charts) {
      const what = id.replace(/^chart-/, '');
      const title = await page.evaluate((cid) => {
        const inst = window.echarts.getInstanceByDom(document.getElementById(cid));
        const t0 = inst && inst.getOption().title;
        return t0 && t0[0] ? t0[0].text : '';
      }, id);
      assert.ok(title, `${view.label}: ${id} has a title`);
      const card = `.chart-card:has(#${id})`;

      const png = await download(page, `${card} .chart-actions button:text-is("PNG")`);
      assert.equal(png.name, `compute-ledger-${what}-${asOf}.png`, `${from.label} -> ${view.label}: the PNG is ${id}'s`);

      const svg = await download(page, `${card} .chart-actions button:text-is("SVG")`);
      assert.equal(svg.name, `compute-ledger-${what}-${asOf}.svg`, `${from.label} -> ${view.label}: the SVG is ${id}'s`);
      const text = svg.bytes.toString('utf8');
      assert.ok(text.includes(xmlText(title)), `${from.label} -> ${view.label}: the SVG has the title "${title}"`);
      const link = [...text.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).pop() || '';
      assert.equal(new URL(link.replace(/&amp;/g, '&')).pathname, path, `${from.label} -> ${view.label}: the footer links this view`);
    }

    await page.click('button:text-is("Copy citation")');
    await page.waitForFunction(() => window.copiedTexts.length > 0);
    const copied = await page.evaluate(() => window.copiedTexts.pop());
    assert.match(copied, new RegExp(`^Compute Ledger, “${view.label}” view,`), `${from.label} -> ${view.label}: the copied citation`);
    assert.equal(new URL(copied.match(/ (http\S+?)\.? \(retrieved/)[1]).pathname, path, 'the copied citation links this view');
    const shown = await page.textContent('#citation');
    assert.match(shown, new RegExp(`^Compute Ledger, “${view.label}” view,`), `${view.label}: the shown citation`);
  }
  assert.deepEqual(errors, [], 'no console errors');
});
