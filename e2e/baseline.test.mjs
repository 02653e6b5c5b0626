// The preset's run under the reader's: after one slider move, every chart
// that takes a baseline draws it as dashed series named after the preset
// whose numbers are the unchanged preset's own; the tiles show the
// preset's value; the list of changes names the parameter in words and
// its reset brings the preset's page back; a chart's Baseline button hides
// it, in the link too, on a direct load as after navigation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startExplorer, views, viewURL, waitForCharts, updateSeq, waitForUpdate, waitForQuery } from './explorer-helpers.mjs';

const baselineCharts = ['chart-commitments', 'chart-spend', 'chart-capacity', 'chart-power', 'chart-funding', 'chart-tornado',
  'chart-flows', 'chart-fan', 'chart-compare'];
// The charts the preset draws the same (the ledger as of the scenario's
// date): they say so instead of drawing a second copy.
const sameCharts = ['chart-timeline', 'chart-reconcile-usd', 'chart-reconcile-gw'];

// seriesOf returns each series of chart id as ECharts holds it: name,
// type, line type and data.
async function seriesOf(page, id) {
  return page.evaluate((id) => {
    const el = document.getElementById(id);
    const inst = window.echarts.getInstanceByDom(el) || (el.firstElementChild && window.echarts.getInstanceByDom(el.firstElementChild));
    if (!inst) return null;
    return inst.getOption().series.map((s) => ({
      name: s.name || '', type: s.type, line: s.lineStyle && s.lineStyle.type, data: JSON.stringify(s.data),
      marks: ((s.markLine && s.markLine.data) || []).map((d) => (Array.isArray(d) ? d[0] : d).name || ''),
      links: (s.links || []).map((l) => ({ source: l.source, target: l.target, value: l.value, base: l.base, tip: l.tooltip && l.tooltip.formatter })),
      baseOnly: s.baseOnly || [],
      xAxisIndex: s.xAxisIndex || 0,
    }));
  }, id);
}

// baseOf returns the baseline of a chart's series: the series named
// "Base: ...", the tornado's marked line, or a sankey's links when every
// one carries its base value.
function baseOf(ss) {
  return ss.filter((s) => s.name.startsWith('Base: ') || s.marks.some((m) => m.startsWith('Base: ')) ||
    (s.type === 'sankey' && s.links.length > 0 && s.links.every((l) => l.base && l.base.label === 'Base')));
}

// waitForBase waits until chart id draws a baseline (the fan's comes with
// its Monte Carlo, after a pause) and returns its series.
async function waitForBase(page, id) {
  for (let i = 0; i < 100; i++) {
    const ss = await seriesOf(page, id);
    if (ss && baseOf(ss).length > 0) return ss;
    await page.waitForTimeout(100);
  }
  return seriesOf(page, id);
}

// moveGrowth moves the revenue growth slider one step and waits for the
// charts to follow.
async function moveGrowth(page) {
  const seq = await updateSeq(page);
  await page.focus('#ctl-g-range');
  await page.keyboard.press('ArrowRight');
  await waitForUpdate(page, seq);
  return waitForQuery(page, 'g');
}

test('the preset baseline in every chart after a slider move', async (t) => {
  const { server, page, browser, errors } = await startExplorer(t, { staticSite: false });
  const plain = await browser.context.newPage();
  await plain.setViewportSize({ width: 1280, height: 900 });

  await t.test('each baseline chart draws the unchanged preset dashed, and none before a change', async () => {
    for (const view of views.filter((v) => v.charts.some((id) => baselineCharts.includes(id)))) {
      const ids = view.charts.filter((id) => baselineCharts.includes(id));
      await page.goto(viewURL(server.baseURL, view.path));
      await waitForCharts(page, view);
      for (const id of ids) {
        const ss = await seriesOf(page, id);
        assert.ok(ss, `/${view.path} ${id} is drawn`);
        assert.deepEqual(baseOf(ss), [], `/${view.path} ${id}: no baseline before any change`);
      }
      assert.equal(await page.locator('section.changes').count(), 0, `/${view.path}: no list of changes before any change`);
      await moveGrowth(page);
      for (const id of ids) {
        const ss = await waitForBase(page, id);
        // The tornado marks base's value with a line across its bars.
        const base = baseOf(ss);
        assert.ok(base.length > 0, `/${view.path} ${id}: a baseline series after the move (${ss.map((s) => s.name)})`);
        for (const s of base.filter((s) => s.type === 'line')) assert.equal(s.line, 'dashed', `/${view.path} ${id} ${s.name} is dashed`);
      }
      const items = await page.locator('section.changes li').allTextContents();
      assert.equal(items.length, 1, `/${view.path}: one change listed (${items})`);
      assert.match(items[0], /^Revenue growth[^:]*: \d+(\.\d)? ?%[^(]*\(Base: \d+(\.\d)? ?%[^)]*\)/, `/${view.path}: the change in words with the preset's value`);
    }
  });

  await t.test("the baseline's numbers are the unchanged preset's", async () => {
    // Spend: growth moves no spend, so the base total is today's total;
    // funding: the base revenue is the preset page's revenue line.
    await plain.goto(viewURL(server.baseURL, 'funding'));
    await waitForCharts(plain, views.find((v) => v.path === 'funding'));
    const presetRevenue = (await seriesOf(plain, 'chart-funding')).find((s) => s.name === 'Revenue').data;
    await page.goto(viewURL(server.baseURL, 'funding'));
    await waitForCharts(page, views.find((v) => v.path === 'funding'));
    await moveGrowth(page);
    const ss = await seriesOf(page, 'chart-funding');
    assert.equal(ss.find((s) => s.name === 'Base: revenue').data, presetRevenue, 'Base: revenue is the preset page\'s Revenue');
    assert.notEqual(ss.find((s) => s.name === 'Revenue').data, presetRevenue, 'the reader\'s revenue moved');
    const bases = await page.locator('.tile-base').allTextContents();
    assert.ok(bases.length > 0 && bases.every((b) => /^Base: /.test(b)), `the tiles show the preset's values (${bases})`);
  });

  await t.test("a change's reset brings the preset's page back", async () => {
    const before = new URL(page.url()).searchParams;
    assert.ok(before.has('g'));
    const seq = await updateSeq(page);
    await page.locator('section.changes li[data-param="g"] button').click();
    await waitForUpdate(page, seq);
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('g'), null, { timeout: 5000 });
    assert.equal(await page.locator('section.changes').count(), 0, 'the list is gone');
    assert.equal(await page.locator('.tile-base').count(), 0, 'the tiles show no base value');
    const ss = await seriesOf(page, 'chart-funding');
    assert.deepEqual(ss.filter((s) => s.name.startsWith('Base: ')), [], 'no baseline series');
  });

  await t.test("the fan's base median is the preset's own median, the same draws and seed", async () => {
    const uncertainty = views.find((v) => v.path === 'uncertainty');
    await plain.goto(viewURL(server.baseURL, 'uncertainty'));
    await waitForCharts(plain, uncertainty);
    const presetMedian = (await seriesOf(plain, 'chart-fan')).find((s) => s.name === 'Median (P50)').data;
    // A direct load runs the draws before the first paint.
    await page.goto(viewURL(server.baseURL, 'uncertainty', 'g=0.5'));
    await waitForCharts(page, uncertainty);
    const ss = await waitForBase(page, 'chart-fan');
    assert.equal(ss.find((s) => s.name === 'Base: median').data, presetMedian, "Base: median is the preset page's median");
    assert.notEqual(ss.find((s) => s.name === 'Median (P50)').data, presetMedian, "the reader's median moved");
  });

  await t.test('opening a saved scenario of another preset never draws its base median over the old draws', async () => {
    const uncertainty = views.find((v) => v.path === 'uncertainty');
    await page.goto(viewURL(server.baseURL, 'uncertainty', 'preset=bear&g=0.8'));
    await waitForCharts(page, uncertainty);
    await page.fill('#ctl-save-name', 'bear, faster growth');
    await page.click('.save-row button:text-is("Save")');
    await page.waitForSelector('.saved-list a:text-is("bear, faster growth")');
    await page.selectOption('#ctl-preset', 'base');
    await page.waitForFunction(() => !/preset=bear/.test(location.search));
    await moveGrowth(page);
    await waitForBase(page, 'chart-fan');
    await page.waitForTimeout(500); // the draws of this scenario are in
    // Every option the fan is given from now on, as (median, base median).
    await page.evaluate(() => {
      const el = document.getElementById('chart-fan');
      const inst = window.echarts.getInstanceByDom(el) || window.echarts.getInstanceByDom(el.firstElementChild);
      // The baseline is named after its preset: "Base: median", "Bear: median".
      const pair = (series) => {
        const of = (is) => JSON.stringify(((series || []).find((x) => is(x.name || '')) || {}).data);
        return [of((n) => n === 'Median (P50)'), of((n) => n.endsWith(': median'))];
      };
      window.fanDrawn = [pair(inst.getOption().series)];
      const setOption = inst.setOption.bind(inst);
      inst.setOption = (o, ...rest) => {
        if (o && o.series) window.fanDrawn.push(pair(o.series));
        return setOption(o, ...rest);
      };
    });
    await page.click('.saved-list a:text-is("bear, faster growth")');
    await page.waitForFunction(() => /preset=bear/.test(location.search));
    await page.waitForTimeout(1500); // past the pause before the draws run again
    const drawn = await page.evaluate(() => window.fanDrawn);
    assert.ok(drawn, "the saved scenario opened without a reload");
    const [first, last] = [drawn[0], drawn[drawn.length - 1]];
    assert.notEqual(first[1], last[1], 'the saved scenario changed the base median');
    assert.notEqual(first[0], last[0], 'the saved scenario changed the draws');
    for (const [i, d] of drawn.entries()) {
      const known = (d[0] === first[0] && d[1] === first[1]) || (d[0] === last[0] && d[1] === last[1]);
      assert.ok(known, `draw ${i + 1} of ${drawn.length} pairs the ${d[1] === last[1] ? "new preset's" : d[1] === first[1] ? "old preset's" : 'another'} base median with the ${d[0] === first[0] ? 'old' : d[0] === last[0] ? 'new' : 'other'} draws`);
    }
  });

  await t.test("compare's baseline is A's preset in each grid", async () => {
    const compare = views.find((v) => v.path === 'compare');
    await plain.goto(viewURL(server.baseURL, 'compare'));
    await waitForCharts(plain, compare);
    const presetA = (await seriesOf(plain, 'chart-compare')).filter((s) => s.name.startsWith('A: '));
    await page.goto(viewURL(server.baseURL, 'compare', 'g=0.5'));
    await waitForCharts(page, compare);
    const base = (await seriesOf(page, 'chart-compare')).filter((s) => s.name === "Base: A's preset");
    assert.deepEqual(base.map((s) => s.xAxisIndex), [0, 1, 2], 'one baseline in each grid');
    for (const s of base) {
      assert.equal(s.data, presetA.find((a) => a.xAxisIndex === s.xAxisIndex).data, `grid ${s.xAxisIndex}: the preset's A`);
    }
  });

  await t.test('a deal left out: flows carry the base value of each flow and list the missing one', async () => {
    const flows = views.find((v) => v.path === 'flows');
    await plain.goto(viewURL(server.baseURL, 'flows'));
    await waitForCharts(plain, flows);
    const presetLinks = (await seriesOf(plain, 'chart-flows'))[0].links;
    const aws = presetLinks.find((l) => l.source === 'OpenAI' && l.target.startsWith('Amazon'));
    assert.ok(aws, `a flow from OpenAI to Amazon on the preset's page (${presetLinks.map((l) => l.target)})`);
    await page.goto(viewURL(server.baseURL, 'flows', 'exc=aws_2025'));
    await waitForCharts(page, flows);
    const s = (await seriesOf(page, 'chart-flows'))[0];
    for (const l of s.links) {
      const p = presetLinks.find((p) => p.source === l.source && p.target === l.target);
      assert.equal(l.base.value, p ? p.value : 0, `${l.source} → ${l.target}: the preset's value`);
      assert.match(l.tip, /Base: /, `${l.source} → ${l.target}: its tooltip names the base`);
    }
    const missing = s.baseOnly.find((l) => l.source === 'OpenAI' && l.target === aws.target);
    assert.ok(missing && missing.base.value === aws.value, `the left-out flow to ${aws.target} is listed with its base value (${JSON.stringify(s.baseOnly)})`);
    // The table says the same: a Base column, and the left-out flow's row
    // with no value of this run.
    await page.locator('section:has(#chart-flows) .chart-switch-choice[data-view="table"]').click();
    await page.waitForSelector('#chart-flows-table table');
    const heads = await page.locator('#chart-flows-table thead th').allTextContents();
    assert.match(heads.join('|'), /^From\|To\|Value.*\|Base/, `the table's columns (${heads})`);
    const rows = await page.locator('#chart-flows-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
    const row = rows.find((r) => r[0] === 'OpenAI' && r[1] === aws.target);
    assert.ok(row && row[2] === '' && Number(row[3].replace(/[^0-9.]/g, '')) === aws.value, `the table's row of the left-out flow (${JSON.stringify(row)})`);
  });

  await t.test('the timeline and the reconciliation say the preset draws them the same, and do', async () => {
    for (const path of ['timeline', 'reconcile']) {
      const view = views.find((v) => v.path === path);
      await page.goto(viewURL(server.baseURL, path));
      await waitForCharts(page, view);
      const before = {};
      for (const id of view.charts) before[id] = JSON.stringify(await seriesOf(page, id));
      assert.equal(await page.locator('.base-same').count(), 0, `/${path}: no note before a change`);
      await moveGrowth(page);
      for (const id of view.charts) {
        assert.ok(sameCharts.includes(id));
        assert.equal(JSON.stringify(await seriesOf(page, id)), before[id], `/${path} ${id}: the change does not move it`);
        assert.match(await page.locator(`.base-same[data-chart="${id}"]`).textContent(), /Base preset draws this chart the same/);
      }
    }
  });

  await t.test("a chart's Baseline button hides it, in the link, after a reload and after navigation", async () => {
    const spend = views.find((v) => v.path === 'spend');
    await page.goto(viewURL(server.baseURL, 'spend', 'g=0.5'));
    await waitForCharts(page, spend);
    const toggle = page.locator('.base-toggle[data-chart="chart-spend"]');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    const seq = await updateSeq(page);
    await toggle.click();
    await waitForUpdate(page, seq);
    assert.equal(await waitForQuery(page, 'ui.nobase'), 'chart-spend');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    assert.ok(!(await seriesOf(page, 'chart-spend')).some((s) => s.name.startsWith('Base: ')), 'hidden after the click');
    await page.reload();
    await waitForCharts(page, spend);
    assert.equal(await page.locator('.base-toggle[data-chart="chart-spend"]').getAttribute('aria-pressed'), 'false', 'still off after a reload');
    assert.ok(!(await seriesOf(page, 'chart-spend')).some((s) => s.name.startsWith('Base: ')), 'hidden after a reload');
    // Off in the spend chart only: the funding chart still draws it.
    await page.locator('nav a', { hasText: 'Funding' }).first().click();
    await waitForCharts(page, views.find((v) => v.path === 'funding'));
    await page.waitForFunction(() => location.pathname.endsWith('/funding'));
    assert.ok((await seriesOf(page, 'chart-funding')).some((s) => s.name.startsWith('Base: ')), 'the funding chart keeps its baseline');
    await page.locator('nav a', { hasText: 'Spend' }).first().click();
    await page.waitForFunction(() => location.pathname.endsWith('/spend'));
    await waitForCharts(page, spend);
    assert.ok(!(await seriesOf(page, 'chart-spend')).some((s) => s.name.startsWith('Base: ')), 'still hidden after navigating back');
  });

  assert.deepEqual(errors, [], 'no console errors');
});
