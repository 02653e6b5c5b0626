// Every chart card switches between the chart and its table: on every view
// with charts, each chart's table shows exactly the numbers of the option
// ECharts draws (read from the live instance), follows a slider move,
// downloads as a CSV that reads back as the table, is reached and worked
// by keyboard, keeps its state when the reader leaves the view and comes
// back, and passes axe-core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  startExplorer, views, viewURL, waitForCharts, updateSeq, waitForUpdate, waitForQuery, download, runAxe,
} from './explorer-helpers.mjs';

// drawn returns, for the chart with the id, the numbers its live ECharts
// option draws: for each series that is not a hidden helper (silent and
// out of the tooltip), its values keyed by category or x value, in
// series order; for a sankey, its links.
async function drawn(page, id) {
  return page.evaluate((cid) => {
    const el = document.getElementById(cid);
    const inst = window.echarts.getInstanceByDom(el) || (el.firstElementChild && window.echarts.getInstanceByDom(el.firstElementChild));
    if (!inst) return null;
    const o = inst.getOption();
    const out = { sankey: [], series: [] };
    for (const s of o.series) {
      if (s.type === 'sankey') {
        for (const l of s.links || s.edges || []) out.sankey.push([String(l.source), String(l.target), l.value]);
        continue;
      }
      if (s.silent === true && ((s.tooltip && s.tooltip.show === false) || !s.name)) continue; // helpers: a band's base, the tooltip's text
      const x = o.xAxis[s.xAxisIndex || 0];
      const y = o.yAxis[s.yAxisIndex || 0];
      let cat = x;
      let dim = 1;
      if (x.type !== 'category' && y.type === 'category') { cat = y; dim = 0; }
      const labels = (cat.data || []).map((c) => String(c && typeof c === 'object' ? c.value : c));
      const values = [];
      (s.data || []).forEach((item, i) => {
        let v = item && typeof item === 'object' && !Array.isArray(item) ? item.value : item;
        let key = labels[i];
        if (Array.isArray(v)) { key = String(v[1 - dim]); v = v[dim]; }
        if (typeof v === 'number') values.push([key, v]);
      });
      out.series.push({ name: s.name, values });
    }
    return out;
  }, id);
}

// shownTable returns the table of the chart with the id as the page shows
// it: caption, headers, which headers are numeric, and the rows' texts.
async function shownTable(page, id) {
  return page.evaluate((cid) => {
    const t = document.querySelector(`#${cid}-table table`);
    if (!t) return null;
    return {
      caption: t.caption ? t.caption.textContent : '',
      headers: [...t.tHead.rows[0].cells].map((c) => ({ text: c.textContent, scope: c.getAttribute('scope'), num: c.classList.contains('num') })),
      rowScopes: [...t.tBodies[0].rows].map((r) => r.cells[0].tagName === 'TH' && r.cells[0].getAttribute('scope')),
      rows: [...t.tBodies[0].rows].map((r) => [...r.cells].map((c) => c.textContent)),
    };
  }, id);
}

// mismatch returns why the table does not show the drawn numbers, or ""
// when it shows every one of them at its row and column and no other.
function mismatch(d, tb) {
  if (!d) return 'the chart is not drawn';
  if (!tb) return 'no table';
  if (!tb.caption) return 'the table has no caption';
  if (tb.headers.some((h) => h.scope !== 'col')) return 'a column header without scope="col"';
  if (tb.rows.length && tb.rowScopes.some((s) => s !== 'row')) return 'a row without a header cell of scope="row"';
  const numericCells = [];
  tb.rows.forEach((r) => r.forEach((c, i) => { if (tb.headers[i]?.num && c !== '') numericCells.push(Number(c)); }));
  const want = [];
  if (d.sankey.length) {
    for (const [s, t, v] of d.sankey) {
      want.push(v);
      if (!tb.rows.some((r) => r[0] === s && r[1] === t && Number(r[2]) === v)) return `no row for the flow ${s} -> ${t} of ${v}`;
    }
  } else {
    d.series.forEach((s, si) => {
      const col = si + 1;
      for (const [key, v] of s.values) {
        want.push(v);
        const row = tb.rows.find((r) => r[0] === key);
        if (!row) { want.push(NaN); return; }
        if (Number(row[col]) !== v || row[col] === '') want.push(NaN, `${s.name} at ${key}: shows ${row[col]}, draws ${v}`);
      }
      if (!tb.headers[col] || !tb.headers[col].text.startsWith(s.name)) want.push(NaN, `column ${col} is "${tb.headers[col]?.text}", the series is "${s.name}"`);
    });
    const wrong = want.find((w) => typeof w === 'string');
    if (wrong) return wrong;
    if (want.some((w) => Number.isNaN(w))) return 'a drawn value has no row';
  }
  if (want.length === 0) return 'the chart draws no number';
  const a = [...numericCells].sort((x, y) => x - y);
  const b = [...want].sort((x, y) => x - y);
  if (a.length !== b.length || a.some((x, i) => x !== b[i])) return `the table holds ${a.length} numbers, the chart draws ${b.length}`;
  return '';
}

// expectTableMatches waits until the table of the chart shows what the
// chart draws (the table is rendered a task after the chart is drawn) and
// fails with the difference otherwise.
async function expectTableMatches(page, id, what) {
  let why = '';
  for (const deadline = Date.now() + 8000; Date.now() < deadline;) {
    why = mismatch(await drawn(page, id), await shownTable(page, id));
    if (!why) return;
    await page.waitForTimeout(100);
  }
  assert.fail(`${what}: ${id}'s table does not show what the chart draws: ${why}`);
}

// parseCSV reads RFC 4180 CSV into records.
function parseCSV(text) {
  const records = [];
  let rec = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { rec.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') { rec.push(field); records.push(rec); rec = []; field = ''; i++; } else if (c === '\n') { rec.push(field); records.push(rec); rec = []; field = ''; } else field += c;
  }
  if (field !== '' || rec.length) { rec.push(field); records.push(rec); }
  return records;
}

const card = (id) => `.chart-card:has(#${id})`;
const switchButton = (id, which) => `${card(id)} .chart-switch button[data-view="${which}"]`;

async function pressed(page, id) {
  return page.$$eval(`${card(id)} .chart-switch button`, (bs) => Object.fromEntries(bs.map((b) => [b.dataset.view, b.getAttribute('aria-pressed')])));
}

test('each chart shows its own numbers as a table, as a CSV, after a change and after navigation', async (t) => {
  const { server, page, errors } = await startExplorer(t, { staticSite: false });

  await t.test('on every view, every chart switched to Table shows the numbers ECharts draws', async () => {
    let checked = 0;
    for (const view of views.filter((v) => v.charts.length > 0)) {
      await page.goto(viewURL(server.baseURL, view.path));
      await waitForCharts(page, view);
      for (const id of view.charts) {
        assert.deepEqual(await pressed(page, id), { chart: 'true', table: 'false' }, `/${view.path} ${id}: the chart is shown first`);
        assert.equal(await page.$(`#${id}-table`), null, `/${view.path} ${id}: no table before the switch`);
        await page.click(switchButton(id, 'table'));
        await page.waitForSelector(`#${id}-table table`);
        assert.deepEqual(await pressed(page, id), { chart: 'false', table: 'true' }, `/${view.path} ${id}: Table is pressed`);
        assert.equal(await page.$eval(`#${id}`, (el) => el.checkVisibility({ visibilityProperty: true })), false, `/${view.path} ${id}: the chart gives way to the table`);
        await expectTableMatches(page, id, `/${view.path}`);
        checked++;
      }
    }
    assert.equal(checked, views.reduce((n, v) => n + v.charts.length, 0), 'every chart was checked');
  });

  await t.test('the table follows a slider move', async () => {
    const view = views.find((v) => v.path === 'spend');
    await page.goto(viewURL(server.baseURL, view.path));
    await waitForCharts(page, view);
    // A fresh link shows the chart.
    if ((await pressed(page, 'chart-spend')).table !== 'true') await page.click(switchButton('chart-spend', 'table'));
    await expectTableMatches(page, 'chart-spend', 'before the move');
    const before = await shownTable(page, 'chart-spend');
    const seq = await updateSeq(page);
    await page.focus('#ctl-power-range');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await waitForUpdate(page, seq);
    await page.waitForFunction((b) => {
      const t0 = document.querySelector('#chart-spend-table table');
      return t0 && t0.tBodies[0].textContent !== b;
    }, before.rows.flat().join(''), { timeout: 8000 }).catch(() => {});
    const after = await shownTable(page, 'chart-spend');
    assert.notDeepEqual(after.rows, before.rows, 'the table changed with the price of power');
    await expectTableMatches(page, 'chart-spend', 'after the move');
  });

  await t.test('the CSV download is the table, header with units, numbers in full', async () => {
    const asOf = new URL(page.url()).searchParams.get('as_of');
    for (const id of ['chart-spend']) {
      const tb = await shownTable(page, id);
      const csv = await download(page, `${card(id)} .chart-actions button:text-is("CSV")`);
      assert.match(csv.name, new RegExp(`^compute-ledger-spend${asOf ? `-${asOf}` : '-\\d{4}-\\d{2}-\\d{2}'}\\.csv$`), 'the file is named after the chart and the date');
      const records = parseCSV(csv.bytes.toString('utf8'));
      assert.deepEqual(records[0], tb.headers.map((h) => h.text), 'the CSV header is the table header');
      assert.ok(records[0].slice(1).every((h) => /\(.+\)$/.test(h)), `every value column names its unit: ${records[0]}`);
      assert.deepEqual(records.slice(1), tb.rows, 'the CSV rows are the table rows');
      const d = await drawn(page, id);
      for (const s of d.series) {
        for (const [, v] of s.values) {
          assert.ok(records.some((r) => r.some((c) => c !== '' && Number(c) === v)), `the CSV holds ${v} of ${s.name}`);
        }
      }
    }
    // A chart shown as a chart downloads the same CSV as its table.
    const flows = views.find((v) => v.path === 'flows');
    await page.goto(viewURL(server.baseURL, flows.path));
    await waitForCharts(page, flows);
    const csv = await download(page, `${card('chart-flows')} .chart-actions button:text-is("CSV")`);
    const records = parseCSV(csv.bytes.toString('utf8'));
    const d = await drawn(page, 'chart-flows');
    assert.equal(records.length - 1, d.sankey.length, 'one CSV row per flow');
    for (const [s, tgt, v] of d.sankey) {
      assert.ok(records.some((r) => r[0] === s && r[1] === tgt && Number(r[2]) === v), `the CSV holds ${s} -> ${tgt}`);
    }
  });

  await t.test('the switch is reached with Tab and worked with Enter and Space', async () => {
    const view = views.find((v) => v.path === 'capacity');
    await page.goto(viewURL(server.baseURL, view.path));
    await waitForCharts(page, view);
    const id = 'chart-capacity';
    if ((await pressed(page, id)).table === 'true') await page.click(switchButton(id, 'chart'));
    await page.waitForFunction((sel) => !document.querySelector(sel), `#${id}-table`);
    await page.evaluate(() => document.activeElement && document.activeElement.blur());
    let reached = false;
    for (let i = 0; i < 300 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate((cid) => {
        const a = document.activeElement;
        return !!a && a.dataset.view === 'chart' && !!a.closest('.chart-card')?.querySelector(`#${cid}`);
      }, id);
    }
    assert.ok(reached, 'Tab reaches the Chart button');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.view), 'table', 'the next Tab reaches the Table button');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`#${id}-table table`);
    assert.equal((await pressed(page, id)).table, 'true', 'Enter switches to the table');
    await expectTableMatches(page, id, 'by keyboard');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    await page.waitForFunction((sel) => !document.querySelector(sel), `#${id}-table`);
    assert.equal((await pressed(page, id)).chart, 'true', 'Space on Chart switches back');
    assert.equal(await page.$eval(`#${id}`, (el) => el.checkVisibility({ visibilityProperty: true })), true, 'the chart shows again');
    const size = await page.$eval(`#${id} canvas`, (c) => c.getBoundingClientRect().width);
    assert.ok(size > 200, `the chart is drawn at its size (${size}px wide)`);
  });

  await t.test('after going to another view and back, each chart is shown as it was left', async () => {
    const spend = views.find((v) => v.path === 'spend');
    await page.goto(viewURL(server.baseURL, spend.path));
    await waitForCharts(page, spend);
    if ((await pressed(page, 'chart-spend')).table !== 'true') await page.click(switchButton('chart-spend', 'table'));
    await page.waitForSelector('#chart-spend-table table');
    for (const label of ['Capacity', 'Spend']) {
      await page.click(`nav a:text-is("${label}")`);
      await page.waitForFunction((l) => document.querySelector('nav a[aria-current="page"]')?.textContent === l, label);
      // The chart behind a table is drawn but hidden.
      for (const id of views.find((v) => v.label === label).charts) {
        await page.waitForSelector(`#${id}[data-drawn="true"] canvas`, { state: 'attached', timeout: 20000 });
      }
    }
    assert.deepEqual(await pressed(page, 'chart-spend'), { chart: 'false', table: 'true' }, 'Spend is still shown as a table');
    await expectTableMatches(page, 'chart-spend', 'back on Spend');
    await page.click('nav a:text-is("Capacity")');
    await waitForCharts(page, views.find((v) => v.label === 'Capacity'));
    assert.equal((await pressed(page, 'chart-capacity')).table, 'false', 'Capacity is still shown as a chart');
  });

  await t.test('the switch is in the link: a reload and a shared link show the table, the other charts stay charts', async () => {
    const spend = views.find((v) => v.path === 'spend');
    await page.goto(viewURL(server.baseURL, spend.path));
    await waitForCharts(page, spend);
    assert.equal(new URL(page.url()).searchParams.get('ui.table'), null, 'a fresh page shows charts');
    await page.click(switchButton('chart-spend', 'table'));
    assert.equal(await waitForQuery(page, 'ui.table'), 'chart-spend', 'the link says the spend chart shows its table');
    const link = page.url();
    await page.reload();
    await page.waitForSelector('#chart-spend-table table');
    assert.deepEqual(await pressed(page, 'chart-spend'), { chart: 'false', table: 'true' }, 'after a reload');
    await expectTableMatches(page, 'chart-spend', 'after a reload');
    // The shared link, opened in a page of its own, with the capacity view
    // of the same link drawing its charts.
    const other = await page.context().newPage();
    await other.setViewportSize({ width: 1280, height: 900 });
    await other.goto(link);
    await other.waitForSelector('#chart-spend-table table');
    await expectTableMatches(other, 'chart-spend', 'the shared link');
    await other.goto(link.replace('/spend?', '/capacity?'));
    await waitForCharts(other, views.find((v) => v.path === 'capacity'));
    assert.equal(await other.$('#chart-capacity-table'), null, 'the capacity chart is drawn, not tabled');
    await other.close();
    // Back to the chart: the link drops it.
    await page.click(switchButton('chart-spend', 'chart'));
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('ui.table'), null, { timeout: 5000 });
  });

  await t.test('axe-core finds no serious or critical violation with tables shown', async () => {
    const spend = views.find((v) => v.path === 'spend');
    await page.goto(viewURL(server.baseURL, spend.path));
    await waitForCharts(page, spend);
    if ((await pressed(page, 'chart-spend')).table !== 'true') await page.click(switchButton('chart-spend', 'table'));
    await page.waitForSelector('#chart-spend-table table');
    assert.deepEqual(await runAxe(page), [], 'axe violations');
  });

  assert.deepEqual(errors, [], 'no console errors');
});
