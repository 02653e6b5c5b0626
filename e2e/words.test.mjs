// Words and units: on every view, neither the page nor any chart shows an
// identifier ("amd_mi450", "cagr", "hsbc_2025_11"), every value axis of
// every chart is named with its unit, every axis tooltip shows the text
// the chart wrote (values with units), and no number field shows more
// digits than its control's step calls for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './harness.mjs';
import { startExplorer, views, viewURL, waitForCharts } from './explorer-helpers.mjs';

// The ledger's own identifiers: deal ids and chip families, matched as
// whole lower-case words, and the one word choice that is not a word.
const deals = JSON.parse(readFileSync(join(root, 'data', 'deals.json'), 'utf8'));
const ids = new Set(['cagr']);
for (const d of deals) {
  ids.add(d.id);
  if (d.chip_family) ids.add(d.chip_family);
}
const knownID = new RegExp(`\\b(${[...ids].join('|')})\\b`);
const snakeCase = /\b[a-z][a-z0-9]*_[a-z0-9_]+\b/;

// identifiersIn returns the identifiers a text shows (links left out:
// their query keys are for machines).
function identifiersIn(text) {
  const out = [];
  for (const line of text.replace(/https?:\/\/\S+/g, '').split('\n')) {
    const m = line.match(snakeCase) || line.match(knownID);
    if (m) out.push(`${m[0]} in “${line.trim().slice(0, 160)}”`);
  }
  return out;
}

// shown returns what a reader sees: the page's text, the options of its
// selects, its labels for assistive technology, and for each chart the
// option's visible strings, its axes and its tooltip.
const shown = () => {
  const attrs = [];
  for (const el of document.querySelectorAll('[aria-label],[title],[placeholder],option')) {
    for (const a of ['aria-label', 'title', 'placeholder']) if (el.getAttribute(a)) attrs.push(el.getAttribute(a));
    if (el.tagName === 'OPTION') attrs.push(el.textContent);
  }
  const visible = new Set(['text', 'subtext', 'name', 'data', 'formatter', 'description', 'source', 'target']);
  const charts = {};
  for (const el of document.querySelectorAll('[id^="chart-"]')) {
    const inst = window.echarts.getInstanceByDom(el.querySelector('.echart-holder') || el);
    if (!inst) continue;
    const o = inst.getOption();
    const strings = [];
    const walk = (v, key) => {
      if (typeof v === 'string') { if (visible.has(key)) strings.push(v); } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
    };
    walk(o, '');
    const tooltip = (o.tooltip || [])[0] || {};
    charts[el.id] = {
      strings,
      axes: [...(o.xAxis || []), ...(o.yAxis || [])].map((a) => ({ type: a.type, name: a.name || '' })),
      trigger: tooltip.trigger,
      // The page script turns the "{b0}" template into a function that
      // leaves out hidden series (web/prerender.js legendAwareTips).
      formatter: typeof tooltip.formatter === 'function' ? tooltip.formatter.template : tooltip.formatter,
      tipTexts: (o.series || []).filter((s) => !s.name && s.type === 'line')
        .flatMap((s) => (s.data || []).map((d) => (d && d.name) || '')),
    };
  }
  const fields = [...document.querySelectorAll('input.number')].map((f) => {
    const range = document.getElementById(`${f.id}-range`);
    return { id: f.id, value: f.value, step: range ? range.step : '' };
  });
  return { text: document.body.innerText, attrs: attrs.join('\n'), charts, fields };
};

// decimals returns how many decimals a number written as text has.
const decimals = (s) => (s.includes('.') ? s.length - s.indexOf('.') - 1 : 0);

// unit matches a value written with its unit.
const unit = /\$[0-9]|[0-9] ?(GW|TWh|%|million|accelerators|homes)/;

test('every view shows words and units, not identifiers', async (t) => {
  const { server, page, errors } = await startExplorer(t, { staticSite: false });
  // The publications' presets derive growth rates and shares with many
  // digits; the base preset is what a first visit shows.
  const presets = ['', 'preset=theinformation_2025_09', 'preset=hsbc_2025_11'];
  for (const query of presets) {
    for (const view of views) {
      await t.test(`the ${view.label} view${query ? ` with ${query}` : ''}`, async () => {
        await page.goto(viewURL(server.baseURL, view.path, query));
        await waitForCharts(page, view);
        const got = await page.evaluate(shown);

        assert.deepEqual(identifiersIn(got.text), [], 'the page text shows identifiers');
        assert.deepEqual(identifiersIn(got.attrs), [], 'the options and labels show identifiers');
        for (const [id, c] of Object.entries(got.charts)) {
          assert.deepEqual(identifiersIn(c.strings.join('\n')), [], `${id} shows identifiers`);
          for (const a of c.axes) {
            if (a.type === 'value') assert.ok(a.name.length > 0, `${id}: a value axis has no name`);
          }
          if (c.trigger === 'axis') {
            assert.equal(c.formatter, '{b0}', `${id}: the axis tooltip shows the chart's own text`);
            assert.ok(c.tipTexts.length > 0, `${id}: no tooltip text`);
            for (const tip of c.tipTexts) {
              for (const line of tip.split('\n').slice(1)) assert.match(line, unit, `${id}: tooltip line “${line}” has no unit`);
            }
          }
        }
        for (const f of got.fields) {
          if (!f.step || f.value === '') continue;
          assert.ok(decimals(f.value) <= decimals(f.step) + 1, `${f.id} shows ${f.value} in steps of ${f.step}`);
        }
      });
    }
  }
  assert.deepEqual(errors, []);
});

test('a chart tooltip gives its values with their units', async (t) => {
  const { server, page } = await startExplorer(t, { staticSite: false });
  const view = views.find((v) => v.path === 'capacity');
  await page.goto(viewURL(server.baseURL, view.path));
  await waitForCharts(page, view);
  await page.locator('#chart-capacity').scrollIntoViewIfNeeded();
  const box = await (await page.$('#chart-capacity')).boundingBox();
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.6);
  await page.waitForFunction(() => [...document.querySelectorAll('#chart-capacity div')]
    .some((d) => d.style.position === 'absolute' && /GW/.test(d.innerText)), null, { timeout: 5000 });
  const tip = await page.evaluate(() => [...document.querySelectorAll('#chart-capacity div')]
    .filter((d) => d.style.position === 'absolute' && /GW/.test(d.innerText)).map((d) => d.innerText).join('\n'));
  assert.match(tip, /^20\d\d\n/, 'the tooltip starts with the year');
  assert.match(tip, /Goal: [0-9.]+ GW/, 'the goal is given in GW');
});

test('with no series hidden, every axis tooltip shows its chart\'s whole text for the point', async (t) => {
  const { server, page, errors } = await startExplorer(t, { staticSite: false });
  for (const [path, id] of [['', 'chart-commitments'], ['spend', 'chart-spend'], ['capacity', 'chart-capacity'], ['capacity', 'chart-power'],
    ['funding', 'chart-funding'], ['uncertainty', 'chart-tornado'], ['uncertainty', 'chart-fan'], ['compare', 'chart-compare']]) {
    const view = views.find((v) => v.path === path);
    await page.goto(viewURL(server.baseURL, view.path, 'g=0.8'));
    await waitForCharts(page, view);
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    const box = await (await page.$(`#${id}`)).boundingBox();
    let got = null;
    for (const y of [0.5, 0.35, 0.65, 0.25]) {
      await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * y);
      await page.waitForTimeout(300);
      got = await page.evaluate((id) => {
        const el = document.getElementById(id);
        const inst = window.echarts.getInstanceByDom(el) || window.echarts.getInstanceByDom(el.firstElementChild);
        const texts = inst.getOption().series.filter((s) => !s.name && s.type === 'line').flatMap((s) => (s.data || []).map((d) => (d && d.name) || ''));
        const shown = [...el.querySelectorAll('div')].filter((d) => d.style.position === 'absolute' && d.style.display !== 'none' && d.innerText.trim())
          .map((d) => d.innerText.trim()).join('\n');
        return shown ? { shown, whole: texts.includes(shown), like: texts.find((x) => x.split('\n')[0] === shown.split('\n')[0]) } : null;
      }, id);
      if (got) break;
    }
    assert.ok(got, `${id}: no tooltip under the pointer`);
    assert.ok(got.whole, `${id}: the tooltip shows “${got.shown}”, its text is “${got.like}”`);
  }
  assert.deepEqual(errors, []);
});

test('a series hidden with its legend leaves the tooltip, the others stay', async (t) => {
  const { server, page, errors } = await startExplorer(t, { staticSite: false });
  const view = views.find((v) => v.path === 'spend');
  await page.goto(viewURL(server.baseURL, view.path, 'as_of=2025-11-06'));
  await waitForCharts(page, view);
  await page.locator('#chart-spend').scrollIntoViewIfNeeded();
  const box = await (await page.$('#chart-spend')).boundingBox();
  const tipText = async (dx) => {
    await page.mouse.move(box.x + box.width * (0.62 + dx), box.y + box.height * 0.55);
    await page.waitForFunction(() => [...document.querySelectorAll('#chart-spend div')]
      .some((d) => d.style.position === 'absolute' && d.style.display !== 'none' && /Total: /.test(d.innerText)), null, { timeout: 5000 });
    return page.evaluate(() => [...document.querySelectorAll('#chart-spend div')]
      .filter((d) => d.style.position === 'absolute' && d.style.display !== 'none' && /Total: /.test(d.innerText)).map((d) => d.innerText).join('\n'));
  };
  const before = (await tipText(0)).split('\n');
  const names = await page.evaluate(() => {
    const el = document.getElementById('chart-spend');
    const inst = window.echarts.getInstanceByDom(el) || window.echarts.getInstanceByDom(el.firstElementChild);
    return inst.getOption().legend[0].data.map((d) => (typeof d === 'string' ? d : d.name));
  });
  const listed = names.filter((n) => before.some((l) => l.startsWith(`${n}: `)));
  assert.ok(listed.length >= 2, `the tooltip lists at least two of the legend's series (${before.join(' | ')})`);
  const hidden = listed[0];
  await page.evaluate((name) => {
    const el = document.getElementById('chart-spend');
    const inst = window.echarts.getInstanceByDom(el) || window.echarts.getInstanceByDom(el.firstElementChild);
    inst.dispatchAction({ type: 'legendUnSelect', name });
  }, hidden);
  await page.mouse.move(box.x + 2, box.y + 2);
  const after = (await tipText(0.01)).split('\n');
  assert.equal(after.some((l) => l.startsWith(`${hidden}: `)), false, `${hidden} is hidden but still in the tooltip (${after.join(' | ')})`);
  for (const n of listed.slice(1)) assert.ok(after.some((l) => l.startsWith(`${n}: `)), `${n} left the tooltip too (${after.join(' | ')})`);
  assert.equal(after[0], before[0], 'the same year');
  assert.ok(after.some((l) => /^Total: /.test(l)), 'the year\'s total stays');
  assert.deepEqual(errors, []);
});

test('the Flows link labels are in the text colour, without outline, only on links as thick as a label', async (t) => {
  const { server, page, errors } = await startExplorer(t, { staticSite: false });
  const view = views.find((v) => v.path === 'flows');
  for (const [scheme, text] of [['light', '#14202e'], ['dark', '#e6edf6']]) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(viewURL(server.baseURL, view.path, 'preset=bull'));
    await waitForCharts(page, view);
    let labels = await page.evaluate(() => {
      const el = document.getElementById('chart-flows');
      const inst = window.echarts.getInstanceByDom(el) || window.echarts.getInstanceByDom(el.firstElementChild);
      const edges = inst.getModel().getSeriesByIndex(0).getData('edge');
      const out = [];
      edges.each((i) => {
        const label = edges.getItemGraphicEl(i).getTextContent();
        if (!label || label.ignore || label.invisible || !label.style.text) return;
        // The colours drawn are those of the text's spans (ECharts puts an
        // inside label's default colours there).
        const drawn = (label.childrenRef ? label.childrenRef() : []).find((c) => c.style && c.style.text) || label;
        out.push({ text: label.style.text, fill: drawn.style.fill, stroke: drawn.style.lineWidth && drawn.style.stroke ? drawn.style.stroke : null,
          size: Number(/(\d+)px/.exec(label.style.font || '')?.[1] || 12), thickPX: edges.getItemLayout(i).dy });
      });
      const nodes = inst.getModel().getSeriesByIndex(0).getData();
      const cut = [];
      nodes.each((i) => {
        const label = nodes.getItemGraphicEl(i)?.getTextContent();
        if (!label || label.ignore || !label.style.text) return;
        label.updateTransform();
        const r = label.getBoundingRect().clone();
        if (label.transform) r.applyTransform(label.transform);
        if (r.x + r.width > inst.getWidth() + 0.5 || r.x < -0.5) cut.push(`${label.style.text} (${r.x.toFixed(0)} to ${(r.x + r.width).toFixed(0)} of ${inst.getWidth()} px)`);
      });
      return { out, cut };
    });
    assert.deepEqual(labels.cut, [], `${scheme}: node labels run past the chart's edge`);
    labels = labels.out;
    assert.ok(labels.length >= 5, `${scheme}: the big flows are labelled (${labels.length})`);
    for (const l of labels) {
      assert.equal(l.fill, text, `${scheme}: “${l.text}” is drawn in ${l.fill}`);
      assert.equal(l.stroke, null, `${scheme}: “${l.text}” has an outline`);
      assert.ok(l.thickPX >= l.size, `${scheme}: “${l.text}” labels a link ${l.thickPX.toFixed(1)} px thick, thinner than its ${l.size} px text`);
    }
  }
  assert.deepEqual(errors, []);
});

// lineGaps returns, for each chart of the page, its text whose lines sit
// closer than their font size: a wrapped label whose lines run into each
// other ("Disclosed" over "values").
const lineGaps = () => {
  const out = [];
  for (const el of document.querySelectorAll('[id^="chart-"]')) {
    const inst = window.echarts.getInstanceByDom(el) || (el.firstElementChild && window.echarts.getInstanceByDom(el.firstElementChild));
    if (!inst) continue;
    const lines = new Map();
    for (const e of inst.getZr().storage.getDisplayList()) {
      if (e.type !== 'tspan' || !e.parent || !e.style.text) continue;
      if (!lines.has(e.parent)) lines.set(e.parent, []);
      lines.get(e.parent).push(e);
    }
    for (const spans of lines.values()) {
      for (let i = 1; i < spans.length; i++) {
        const size = Number((/(\d+(\.\d+)?)px/.exec(spans[i].style.font || '') || [0, 12])[1]);
        const gap = spans[i].style.y - spans[i - 1].style.y;
        if (gap > 0 && gap < size) out.push(`${el.id}: “${spans[i - 1].style.text.trim()}” and “${spans[i].style.text.trim()}” ${gap.toFixed(1)} px apart at ${size} px`);
      }
    }
  }
  return out;
};

test("no chart's text lines run into each other, wide or on a phone", async (t) => {
  const { server, page } = await startExplorer(t, { staticSite: false });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
    for (const view of views.filter((v) => v.charts.length > 0)) {
      await page.goto(viewURL(server.baseURL, view.path));
      await waitForCharts(page, view);
      assert.deepEqual(await page.evaluate(lineGaps), [], `/${view.path} at ${width} px`);
    }
  }
});

// lowContrast returns, for each chart of the page, its text drawn at less
// than 4.5:1 (WCAG 2.1, 1.4.3) against what is under it: the chart card's
// background, or the outline (halo) a label is drawn with.
const lowContrast = () => {
  const rgb = (c) => {
    if (typeof c !== 'string') return null;
    let m = /^#([0-9a-f]{3})$/i.exec(c);
    if (m) return [...m[1]].map((x) => parseInt(x + x, 16));
    m = /^#([0-9a-f]{6})$/i.exec(c);
    if (m) return [0, 2, 4].map((i) => parseInt(m[1].slice(i, i + 2), 16));
    m = /^rgba?\(([^)]+)\)$/.exec(c);
    if (m) {
      const p = m[1].split(',').map(Number);
      return p.length > 3 && p[3] < 1 ? null : p.slice(0, 3); // translucent: what is under it decides
    }
    return null;
  };
  const lum = (c) => {
    const [r, g, b] = c.map((v) => v / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  const out = [];
  for (const el of document.querySelectorAll('[id^="chart-"]')) {
    const inst = window.echarts.getInstanceByDom(el) || (el.firstElementChild && window.echarts.getInstanceByDom(el.firstElementChild));
    if (!inst) continue;
    const card = rgb(getComputedStyle(el.closest('.chart-card') || document.body).backgroundColor) || rgb(getComputedStyle(document.body).backgroundColor);
    for (const e of inst.getZr().storage.getDisplayList()) {
      if (e.type !== 'tspan' || !e.style.text || !e.style.text.trim()) continue;
      const fill = rgb(e.style.fill);
      if (!fill) continue;
      const halo = e.style.lineWidth >= 1 ? rgb(e.style.stroke) : null;
      const under = halo || card;
      const r = ratio(fill, under);
      if (r < 4.5) out.push(`${el.id}: “${e.style.text.trim().slice(0, 30)}” ${e.style.fill} on ${halo ? 'its outline ' + e.style.stroke : 'the card'}: ${r.toFixed(2)} to 1`);
    }
  }
  return [...new Set(out)];
};

test('every chart draws its text at 4.5:1 or more, light and dark', async (t) => {
  const { server, page } = await startExplorer(t, { staticSite: false });
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const view of views.filter((v) => v.charts.length > 0)) {
      await page.goto(viewURL(server.baseURL, view.path, 'preset=bear'));
      await waitForCharts(page, view);
      assert.deepEqual(await page.evaluate(lowContrast), [], `/${view.path} in ${scheme}`);
    }
  }
});
