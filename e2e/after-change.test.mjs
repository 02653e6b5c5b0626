// What the screen shows after a control change is what its link shows:
// on every view with charts and sliders, one ArrowRight on a slider; once
// the update counter moves, each chart already draws the new figures
// (read from ECharts), and the address, opened in a fresh page, draws the
// same charts and the same sentences under them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startExplorer, views, viewURL, waitForCharts, updateSeq, waitForUpdate } from './explorer-helpers.mjs';

// shown returns each chart's series data as ECharts draws it and the text
// of its summary.
async function shown(page, ids) {
  return page.evaluate((ids) => ids.map((id) => {
    // The chart lives on the container or, drawn by the app, its child.
    const el = document.getElementById(id);
    const inst = window.echarts.getInstanceByDom(el) || (el.firstElementChild && window.echarts.getInstanceByDom(el.firstElementChild));
    const series = inst ? inst.getOption().series.map((s) => [s.name, JSON.stringify(s.data)]) : null;
    const summary = document.getElementById(`${id}-summary`);
    return { id, series, summary: summary ? summary.textContent : null };
  }), ids);
}

test('after a slider move every chart shows what the link shows', async (t) => {
  const { server, page, browser, errors } = await startExplorer(t, { staticSite: false });
  const fresh = await browser.context.newPage();
  await fresh.setViewportSize({ width: 1280, height: 900 });
  let checked = 0;
  // The fan follows after a pause (the Monte Carlo): the tornado is checked.
  for (const view of views.filter((v) => v.charts.length > 0 && v.path !== 'timeline')) {
    const charts = view.charts.filter((id) => id !== 'chart-fan');
    await page.goto(viewURL(server.baseURL, view.path));
    await waitForCharts(page, view);
    const before = await shown(page, charts);
    // A slider that moves this view's charts (the build cost prices the
    // undisclosed deals, the growth the revenue, the PUE the power, the
    // price of power the running costs).
    const prefer = { funding: 'ctl-g-range', uncertainty: 'ctl-g-range', capacity: 'ctl-pue-range', compare: 'ctl-g-range', spend: 'ctl-power-range', flows: 'ctl-power-range' }[view.path] || 'ctl-cost_gw-range';
    const id = await page.evaluate((prefer) => {
      const ok = (x) => x && x.checkVisibility() && +x.value + (+x.step || 1) <= +x.max;
      const p = document.getElementById(prefer);
      if (ok(p)) return p.id;
      const r = [...document.querySelectorAll('input[type="range"]')]
        .find((x) => x.id.startsWith('ctl-') && ok(x) && x.id !== 'ctl-as_of-range');
      return r ? r.id : null;
    }, prefer);
    assert.ok(id, `/${view.path}: a slider to move`);
    assert.ok(before.every((b) => b.series), `/${view.path}: every chart is drawn`);
    const seq = await updateSeq(page);
    await page.focus(`#${id}`);
    await page.keyboard.press('ArrowRight');
    await waitForUpdate(page, seq);
    const after = await shown(page, charts);
    const param = id.replace(/^ctl-/, '').replace(/-range$/, '').replace('-', '.');
    await page.waitForFunction((p) => new URL(location.href).searchParams.has(p), param, { timeout: 5000 })
      .catch(() => assert.fail(`/${view.path}: the address does not carry ${param} after moving ${id}: ${page.url()}`));
    await fresh.goto(page.url());
    await waitForCharts(fresh, view);
    // Both show their text a task after the charts.
    await page.waitForTimeout(300);
    const want = await shown(fresh, charts);
    const now = await shown(page, charts);
    for (let i = 0; i < charts.length; i++) {
      assert.deepEqual(after[i].series, want[i].series, `/${view.path} ${charts[i]}: drawn when the update counter moved, the link's figures`);
      assert.equal(now[i].summary, want[i].summary, `/${view.path} ${charts[i]}: the sentence under it is the link's`);
    }
    if (after.some((a, i) => JSON.stringify(a.series) !== JSON.stringify(before[i].series))) checked++;
    else t.diagnostic(`/${view.path}: ${id} moved no chart`);
  }
  assert.ok(checked >= 5, `at least five views' charts moved (${checked})`);
  assert.deepEqual(errors, [], 'no console errors');
});
