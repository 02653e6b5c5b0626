// Spend and capacity on a log scale and as shares of each year's total:
// the switch writes ui.scale into the address, the chart's axis and
// numbers follow (shares add up to 100 each year, the log axis draws the
// amounts as lines), and a reload or a move to the other view keeps it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startExplorer, views, viewURL, waitForCharts, updateSeq, waitForUpdate, waitForQuery } from './explorer-helpers.mjs';

const spend = views.find((v) => v.path === 'spend');
const capacity = views.find((v) => v.path === 'capacity');

// chartOf returns the value axis type and max and each year's sum of the
// grouped series (stacked bars, or lines on the log scale) of chart id.
async function chartOf(page, id, groupStack) {
  return page.evaluate(([id, stack]) => {
    const el = document.getElementById(id);
    const inst = window.echarts.getInstanceByDom(el) || window.echarts.getInstanceByDom(el.firstElementChild);
    const o = inst.getOption();
    const groups = o.series.filter((s) => s.stack === stack || (o.yAxis[0].type === 'log' && s.type === 'line' && !/^(Total|Low end|High end|Deal events|Planned|Goal|Build-rate|Base: )/.test(s.name || '')));
    const sums = [];
    for (const s of groups) s.data.forEach((v, i) => { sums[i] = (sums[i] || 0) + (typeof v === 'number' ? v : 0); });
    return { type: o.yAxis[0].type, max: o.yAxis[0].max, sums, kinds: [...new Set(groups.map((s) => s.type))] };
  }, [id, groupStack]);
}

async function choose(page, id) {
  const seq = await updateSeq(page);
  await page.check(`#${id}`);
  await waitForUpdate(page, seq);
}

test('spend and capacity as shares and on a log scale', async (t) => {
  const { server, page, errors } = await startExplorer(t, { staticSite: false });
  await page.goto(viewURL(server.baseURL, 'spend'));
  await waitForCharts(page, spend);
  const amounts = await chartOf(page, 'chart-spend', 'spend');
  assert.equal(amounts.type, 'value');

  await choose(page, 'scale-share');
  assert.equal(await waitForQuery(page, 'ui.scale'), 'share');
  const share = await chartOf(page, 'chart-spend', 'spend');
  assert.equal(share.max, 100, 'the axis ends at 100 %');
  const years = share.sums.filter((s) => s > 0);
  assert.ok(years.length >= 5, `years drawn (${share.sums})`);
  for (const s of years) assert.ok(Math.abs(s - 100) < 0.5, `each year adds up to 100 % (${share.sums})`);

  await page.reload();
  await waitForCharts(page, spend);
  assert.ok(await page.isChecked('#scale-share'), 'the switch is still on Share after a reload');
  assert.equal((await chartOf(page, 'chart-spend', 'spend')).max, 100, 'still shares after a reload');

  await choose(page, 'scale-log');
  assert.equal(await waitForQuery(page, 'ui.scale', 'share'), 'log');
  const log = await chartOf(page, 'chart-spend', 'spend');
  assert.equal(log.type, 'log');
  assert.deepEqual(log.kinds, ['line'], 'groups are lines on the log axis');

  await page.locator('nav a', { hasText: 'Capacity' }).first().click();
  await page.waitForFunction(() => location.pathname.endsWith('/capacity'));
  await waitForCharts(page, capacity);
  assert.ok(await page.isChecked('#scale-log'), 'the capacity view shows the same scale');
  assert.equal((await chartOf(page, 'chart-capacity', 'online')).type, 'log', 'capacity on the log scale after navigation');

  await choose(page, 'scale-amounts');
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('ui.scale'), null, { timeout: 5000 });
  assert.equal((await chartOf(page, 'chart-capacity', 'online')).type, 'value');
  assert.deepEqual(errors, [], 'no console errors');
});
