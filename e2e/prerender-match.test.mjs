// The pre-rendered page and the app show the same numbers: for every
// view, the figures, chart summaries, table cells and every chart's series that the
// server wrote for the first paint (seen with go-app's ?wasm=false, which
// leaves the app out) are those the app shows once it has taken over.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startExplorer, views, viewURL, waitForCharts } from './explorer-helpers.mjs';
import { waitForChart } from './harness.mjs';

// shown returns what a reader compares: the figures and summaries in the
// main content, and each chart's series (name and data) as ECharts holds
// them.
const shown = (ids) => {
  // Without white space: the pre-rendered HTML has line breaks between
  // elements where the app's DOM has none.
  const text = (sel) => [...document.querySelectorAll(sel)].map((e) => e.textContent.replace(/\s+/g, ''));
  const series = {};
  for (const id of ids) {
    const el = document.getElementById(id);
    const inst = window.echarts.getInstanceByDom(el.querySelector('.echart-holder') || el);
    series[id] = inst ? inst.getOption().series.map((s) => ({ name: s.name, data: s.data })) : null;
  }
  return {
    tiles: text('.tile-value'),
    summaries: text('.chart-summary'),
    headings: text('main h1, main h2'),
    cells: text('main td'),
    series,
  };
};

test('the pre-rendered page and the app show the same numbers on every view', async (t) => {
  const { server, page, errors } = await startExplorer(t, { staticSite: false });
  const bare = await page.context().newPage();
  for (const view of views) {
    await bare.goto(viewURL(server.baseURL, view.path, 'wasm=false'));
    for (const id of view.charts) await waitForChart(bare, id);
    const before = await bare.evaluate(shown, view.charts);

    await page.goto(viewURL(server.baseURL, view.path));
    await waitForCharts(page, view);
    await page.waitForFunction(() => !document.getElementById('app-wasm-loader'), null, { timeout: 30000 });
    // Past the app's first update and the Monte Carlo's.
    await page.waitForTimeout(500);
    const after = await page.evaluate(shown, view.charts);

    assert.ok(before.tiles.length + before.summaries.length + before.cells.length + view.charts.length > 0, `/${view.path}: nothing to compare`);
    assert.deepEqual(after.tiles, before.tiles, `/${view.path}: the figures differ`);
    assert.deepEqual(after.summaries, before.summaries, `/${view.path}: the chart summaries differ`);
    assert.deepEqual(after.headings, before.headings, `/${view.path}: the headings differ`);
    assert.deepEqual(after.cells, before.cells, `/${view.path}: the tables differ`);
    for (const id of view.charts) {
      assert.ok(before.series[id], `/${view.path}: ${id} was not pre-rendered`);
      assert.deepEqual(after.series[id], before.series[id], `/${view.path}: ${id}'s series differ`);
    }
  }
  assert.deepEqual(errors, []);
});

// The layout the app takes over is the one it draws: on a phone the
// scenario panel, pre-rendered open (the server cannot know the width), is
// closed before the first paint as the app shows it, so nothing moves when
// the app starts (it used to push the figures down by the panel's height,
// and Lighthouse took the moved text for the largest paint, after
// app.wasm).
test('on a phone and on a desktop the page does not move when the app takes over', async (t) => {
  const { server, page } = await startExplorer(t, { staticSite: false });
  const bare = await page.context().newPage();
  const layout = () => ({
    open: document.querySelector('details.controls')?.open,
    ledeTop: Math.round(document.querySelector('.lede')?.getBoundingClientRect().top ?? -1),
  });
  for (const width of [390, 1280]) {
    await bare.setViewportSize({ width, height: 844 });
    await page.setViewportSize({ width, height: 844 });
    await bare.goto(viewURL(server.baseURL, '', 'wasm=false'));
    await waitForChart(bare, 'chart-commitments');
    const before = await bare.evaluate(layout);
    await page.goto(viewURL(server.baseURL, ''));
    await page.waitForFunction(() => !document.getElementById('app-wasm-loader'), null, { timeout: 30000 });
    await waitForCharts(page, views[0]);
    const after = await page.evaluate(layout);
    assert.ok(before.ledeTop >= 0, `${width} px: no lede on the overview`);
    assert.deepEqual(after, before, `${width} px: the panel's state or the figures' place changed when the app took over`);
  }
});
