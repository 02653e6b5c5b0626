// The preset's run under the reader's: after one slider move, every chart
// that takes a baseline draws it as dashed series named after the preset
// whose numbers are the unchanged preset's own; the tiles show the
// preset's value; the list of changes names the parameter in words and
// its reset brings the preset's page back; a chart's Baseline button hides
// it, in the link too, on a direct load as after navigation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startExplorer, views, viewURL, waitForCharts, updateSeq, waitForUpdate, waitForQuery } from './explorer-helpers.mjs';

const baselineCharts = ['chart-commitments', 'chart-spend', 'chart-capacity', 'chart-power', 'chart-funding', 'chart-tornado'];

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
    }));
  }, id);
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
        assert.deepEqual(ss.filter((s) => s.name.startsWith('Base: ') || s.marks.some((m) => m.startsWith('Base: '))), [], `/${view.path} ${id}: no baseline before any change`);
      }
      assert.equal(await page.locator('section.changes').count(), 0, `/${view.path}: no list of changes before any change`);
      await moveGrowth(page);
      for (const id of ids) {
        const ss = await seriesOf(page, id);
        // The tornado marks base's value with a line across its bars.
        const base = ss.filter((s) => s.name.startsWith('Base: ') || s.marks.some((m) => m.startsWith('Base: ')));
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
