// The explorer on a 390 x 844 phone: a one-line header with a menu, the
// scenario controls in a bottom sheet that leaves the view's first chart
// in sight while a control moves, legends that wrap instead of paging,
// Flows labels that do not overlap, a skip link that moves the focus, and
// no accessibility violation in light or dark on any view.
// PHONE_SCREENSHOTS=dir saves a screenshot of every view, a control moved,
// to dir/phone-VIEW.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import {
  startExplorer, views, viewURL, waitForCharts, updateSeq, waitForUpdate, runAxe, download,
} from './explorer-helpers.mjs';

// The light and dark palettes, read from their Go source.
const styleGo = readFileSync(new URL('../app/chart/style.go', import.meta.url), 'utf8');
const palette = (name) => styleGo.match(new RegExp(`var ${name} = \\[\\]string\\{([^}]*)\\}`))[1].match(/#[0-9a-f]{6}/g);

// legendTypes returns the types of a chart's shown legends.
async function legendTypes(page, id) {
  return page.evaluate((el) => {
    const chart = window.echarts.getInstanceByDom(document.getElementById(el).querySelector('.echart-holder') || document.getElementById(el));
    return (chart.getOption().legend || []).filter((l) => l.show !== false && (l.data || []).length > 0).map((l) => l.type);
  }, id);
}

const phone = { width: 390, height: 844 };

// openSheetAndMove opens the scenario controls and moves the first
// assumption's slider one step with the keyboard; it resolves once the
// charts show the change.
async function openSheetAndMove(page) {
  await page.click('details.controls > summary');
  await page.waitForFunction(() => document.querySelector('details.controls').open);
  const slider = page.locator('details.controls input[type="range"]:not([id^="ctl-as_of"])').first();
  const before = await slider.inputValue();
  const seq = await updateSeq(page);
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await waitForUpdate(page, seq);
  assert.notEqual(await slider.inputValue(), before, 'the slider did not move');
}

// visibleShare returns how much of an element's height lies between the
// top of the screen and the top of the open sheet.
async function visibleShare(page, selector) {
  return page.evaluate((sel) => {
    const r = document.querySelector(sel).getBoundingClientRect();
    const sheetTop = document.querySelector('.controls-panel').getBoundingClientRect().top;
    const shown = Math.min(r.bottom, sheetTop, window.innerHeight) - Math.max(r.top, 0);
    return Math.max(shown, 0) / r.height;
  }, selector);
}

test('the explorer on a 390 px phone', async (t) => {
  const { server, page, errors } = await startExplorer(t, { staticSite: false });
  await page.setViewportSize(phone);

  await t.test('the header is one line with a menu that holds the views and the theme', async () => {
    await page.goto(viewURL(server.baseURL, 'spend'));
    await waitForCharts(page, views.find((v) => v.path === 'spend'));
    const height = await page.$eval('.site-header', (h) => h.getBoundingClientRect().height);
    assert.ok(height <= 0.12 * phone.height, `header is ${height} px tall, over 12% of ${phone.height}`);
    assert.equal(await page.isVisible('nav[aria-label="Views"]'), false, 'the navigation shows before the menu is opened');
    await page.click('.menu-button');
    await page.waitForSelector('.menu-button[aria-expanded="true"]', { timeout: 5000 });
    assert.ok(await page.isVisible('nav a[href*="funding"]'), 'the menu shows no link to Funding');
    assert.ok(await page.isVisible('#theme'), 'the menu shows no theme choice');
    await page.click('nav a[href*="funding"]');
    await waitForCharts(page, views.find((v) => v.path === 'funding'));
    await page.waitForSelector('nav[aria-label="Views"]', { state: 'hidden', timeout: 5000 })
      .catch(() => assert.fail('the menu stays open after a view was picked'));
  });

  await t.test('with the controls open and a slider moved, the first chart of every view stays in sight', async () => {
    for (const view of views.filter((v) => v.charts.length > 0)) {
      await page.goto(viewURL(server.baseURL, view.path));
      await waitForCharts(page, view);
      await openSheetAndMove(page);
      const drawn = await page.evaluate((id) => {
        const el = document.getElementById(id);
        const o = window.echarts.getInstanceByDom(el.querySelector('.echart-holder') || el).getOption();
        return o.series.filter((s) => (s.data || []).length > 0).length;
      }, view.charts[0]);
      assert.ok(drawn > 0, `${view.label}: #${view.charts[0]} shows no series after the slider moved`);
      const share = await visibleShare(page, `#${view.charts[0]}`);
      assert.ok(share >= 0.8, `${view.label}: ${Math.round(share * 100)}% of #${view.charts[0]} is in sight above the open controls`);
      if (process.env.PHONE_SCREENSHOTS) {
        await page.screenshot({ path: join(process.env.PHONE_SCREENSHOTS, `phone-${view.path || 'overview'}.png`) });
      }
    }
  });

  await t.test('legends wrap instead of paging', async () => {
    for (const view of views.filter((v) => v.charts.length > 0)) {
      await page.goto(viewURL(server.baseURL, view.path));
      await waitForCharts(page, view);
      for (const id of view.charts) {
        for (const type of await legendTypes(page, id)) assert.notEqual(type, 'scroll', `${view.label} #${id}: a paging legend`);
      }
    }
  });

  await t.test('a chart loaded wide and narrowed to a phone wraps its legend, and pages it again when wide', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(viewURL(server.baseURL, 'spend'));
    await waitForCharts(page, views.find((v) => v.path === 'spend'));
    assert.deepEqual(await legendTypes(page, 'chart-spend'), ['scroll'], 'at 1280 px');
    await page.setViewportSize(phone);
    await page.waitForFunction(() => {
      const el = document.getElementById('chart-spend');
      const c = window.echarts.getInstanceByDom(el.querySelector('.echart-holder') || el);
      return c.getOption().legend[0].type === 'plain' && c.getOption().series.length > 0;
    }, null, { timeout: 5000 });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.waitForFunction(() => {
      const el = document.getElementById('chart-spend');
      const c = window.echarts.getInstanceByDom(el.querySelector('.echart-holder') || el);
      return c.getOption().legend[0].type === 'scroll';
    }, null, { timeout: 5000 });
    await page.setViewportSize(phone);
  });

  await t.test('in the dark theme the charts and their SVG download use the dark palette', async () => {
    const light = palette('Palette');
    const dark = palette('DarkPalette');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(viewURL(server.baseURL, 'spend'));
    await waitForCharts(page, views.find((v) => v.path === 'spend'));
    const colors = await page.evaluate(() => {
      const el = document.getElementById('chart-spend');
      return window.echarts.getInstanceByDom(el.querySelector('.echart-holder') || el).getOption().color;
    });
    assert.deepEqual(colors, dark, 'the chart on screen');
    const svg = (await download(page, '.chart-card .chart-actions button:text-is("SVG")')).bytes.toString('utf8').toLowerCase();
    assert.ok(svg.includes(dark[0]), `the dark SVG has no ${dark[0]}`);
    assert.ok(!svg.includes(light[0]), `the dark SVG still has the light ${light[0]}`);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  await t.test('the Flows labels do not overlap', async () => {
    await page.goto(viewURL(server.baseURL, 'flows'));
    await waitForCharts(page, views.find((v) => v.path === 'flows'));
    const labels = await page.evaluate(() => {
      const el = document.getElementById('chart-flows');
      const chart = window.echarts.getInstanceByDom(el.querySelector('.echart-holder') || el);
      const out = [];
      // The label of every node and link that is drawn, boxed at least
      // as tall as its font (zrender reports a thinner box for one line).
      const series = chart.getModel().getSeriesByIndex(0);
      const add = (item) => {
        const text = item && item.getTextContent && item.getTextContent();
        if (!text || text.ignore || text.invisible || !text.style.text) return;
        const r = text.getBoundingRect().clone();
        r.applyTransform(text.getComputedTransform());
        const h = Math.max(r.height, (text.style.fontSize || 12) * 1.2);
        out.push({ text: text.style.text, x: r.x, y: r.y + r.height / 2 - h / 2, w: r.width, h });
      };
      series.getData().eachItemGraphicEl(add);
      series.getEdgeData().eachItemGraphicEl(add);
      return out;
    });
    assert.ok(labels.length >= 5, `only ${labels.length} labels drawn: ${labels.map((l) => l.text).join(', ')}`);
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i];
        const b = labels[j];
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        assert.ok(!overlap, `"${a.text}" overlaps "${b.text}": ${JSON.stringify([a, b])}`);
      }
    }
  });

  await t.test('after the skip link, a few Tabs reach the first chart button, none in the header', async (st) => {
    await page.goto(viewURL(server.baseURL, 'spend'));
    await waitForCharts(page, views.find((v) => v.path === 'spend'));
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
    await page.keyboard.press('Enter');
    let presses = 0;
    for (; presses < 80; presses++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const a = document.activeElement;
        return { header: !!a.closest('header'), chartButton: !!a.closest('.chart-card .chart-actions') };
      });
      assert.equal(where.header, false, `Tab ${presses + 1} after the skip link is in the header`);
      if (where.chartButton) break;
    }
    st.diagnostic(`${presses + 1} Tab presses from the skip link to the first chart button`);
    assert.ok(presses + 1 <= 6, `${presses + 1} Tab presses from the skip link to the first chart button`);
  });

  await t.test('axe-core finds no serious or critical violation on any view at 390 px, light or dark', async () => {
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

  await t.test('no console errors', () => {
    assert.deepEqual(errors, []);
  });
});
