// Tests of the custom ECharts bundle built from web/echarts-entry.js.
//
// The bundle is built with the same esbuild command line as the Makefile,
// into a temporary folder, then evaluated in a Node vm context that stands in
// for a browser window. Charts are drawn with ECharts' server-side SVG mode,
// so these tests need no browser. When Debian's chromium is installed, one
// more test loads the bundle into a real page and draws on a canvas.
//
// Run: node --test web/

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const repoDir = fileURLToPath(new URL('..', import.meta.url));
const entryFile = join('web', 'echarts-entry.js');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// buildArgs are the esbuild arguments of the Makefile's one-line build, less
// the output file.
const buildArgs = [
  entryFile,
  '--bundle',
  '--minify',
  '--format=iife',
  '--target=es2020',
  '--legal-comments=none',
  '--log-level=warning',
];

let workDir;
let bundleCode;

before(() => {
  workDir = mkdtempSync(join(tmpdir(), 'echarts-entry-'));
  const outFile = join(workDir, 'echarts.min.js');
  const esbuild = join(repoDir, 'node_modules', '.bin', 'esbuild');
  const run = spawnSync(esbuild, [...buildArgs, `--outfile=${outFile}`], {
    cwd: repoDir,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, `esbuild failed: ${run.error ?? ''}${run.stderr}`);
  assert.equal(run.stderr, '', 'esbuild printed warnings');
  bundleCode = readFileSync(outFile, 'utf8');
});

after(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

// loadBundle evaluates the bundle in a fresh context shaped like a browser
// window without a DOM and returns the window.
function loadBundle() {
  const window = vm.createContext({
    console,
    setTimeout,
    clearTimeout,
    navigator: { userAgent: `Node.js/${process.version}` },
  });
  window.window = window;
  vm.runInContext(bundleCode, window, { filename: 'echarts.min.js' });
  return window;
}

// renderSVG draws option with the SVG renderer in server-side mode and
// returns the SVG document.
function renderSVG(echarts, option, theme = null) {
  const chart = echarts.init(null, theme, {
    renderer: 'svg',
    ssr: true,
    width: 400,
    height: 300,
  });
  try {
    chart.setOption({ animation: false, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

// count returns how many times pattern matches svg.
function count(svg, pattern) {
  return (svg.match(new RegExp(pattern, 'g')) ?? []).length;
}

// texts returns the contents of the <text> elements of svg.
function texts(svg) {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
}

// chartShapes counts the shapes drawn for data items of series seriesIndex.
function chartShapes(svg, seriesIndex = 0) {
  return count(svg, `ecmeta_series_index="${seriesIndex}" ecmeta_data_index="\\d+" ecmeta_ssr_type="chart"`);
}

const years = ['2025', '2026', '2027', '2028'];
const capacityGW = [1.9, 6.5, 14.2, 30];

describe('the bundle', () => {
  test('evaluates without a DOM and exposes the ECharts API on window.echarts', () => {
    const window = loadBundle();
    assert.ok(window.echarts, 'window.echarts is not set');
    for (const name of ['init', 'getInstanceByDom', 'registerTheme', 'use', 'connect', 'disconnect', 'dispose']) {
      assert.equal(typeof window.echarts[name], 'function', `window.echarts.${name}`);
    }
  });

  test('is the ECharts version pinned in package.json', () => {
    const pkg = JSON.parse(readFileSync(join(repoDir, 'package.json'), 'utf8'));
    const installed = JSON.parse(readFileSync(join(repoDir, 'node_modules', 'echarts', 'package.json'), 'utf8'));
    const pinned = pkg.dependencies?.echarts;
    assert.match(pinned ?? '', /^\d+\.\d+\.\d+$/, 'echarts is not pinned to an exact version');
    assert.equal(installed.version, pinned, 'installed echarts differs from the pin: run npm ci');
    const { echarts } = loadBundle();
    assert.equal(echarts.version, pinned, `got version ${echarts.version}, want ${pinned}`);
  });

  test('carries no reference to process.env, which browsers lack', () => {
    assert.equal(bundleCode.includes('process.env'), false);
  });
});

describe('the entry', () => {
  test('registers exactly the modules the explorer uses', () => {
    const source = readFileSync(join(repoDir, entryFile), 'utf8');
    const use = source.match(/echarts\.use\(\[([^\]]*)\]\)/);
    assert.ok(use, 'no echarts.use([...]) call in the entry');
    const got = use[1]
      .replace(/\/\/.*$/gm, '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .sort();
    const want = [
      'BarChart', 'LineChart', 'SankeyChart', 'GraphChart', 'ScatterChart', 'CustomChart',
      'TitleComponent', 'TooltipComponent', 'GridComponent',
      'LegendPlainComponent', 'LegendScrollComponent',
      'DataZoomInsideComponent', 'DataZoomSliderComponent',
      'MarkLineComponent', 'MarkAreaComponent', 'MarkPointComponent',
      'ToolboxComponent', 'DatasetComponent', 'AriaComponent',
      'VisualMapContinuousComponent', 'VisualMapPiecewiseComponent',
      'GraphicComponent', 'TransformComponent',
      'LabelLayout', 'LegacyGridContainLabel', 'UniversalTransition',
      'CanvasRenderer', 'SVGRenderer',
    ].sort();
    assert.deepEqual(got, want);
  });
});

describe('registered models', () => {
  const series = [
    { type: 'bar', want: true },
    { type: 'line', want: true },
    { type: 'sankey', want: true },
    { type: 'graph', want: true },
    { type: 'scatter', want: true },
    { type: 'custom', want: true },
    { type: 'pie', want: false },
    { type: 'heatmap', want: false },
    { type: 'map', want: false },
    { type: 'treemap', want: false },
    { type: 'candlestick', want: false },
  ];
  for (const { type, want } of series) {
    test(`the ${type} series is ${want ? '' : 'not '}registered`, () => {
      const { echarts } = loadBundle();
      const got = Boolean(echarts.SeriesModel.getClass('series', type));
      assert.equal(got, want, `got registered=${got}, want ${want}`);
    });
  }

  const components = [
    { main: 'title', want: true },
    { main: 'tooltip', want: true },
    { main: 'grid', want: true },
    { main: 'xAxis', sub: 'category', want: true },
    { main: 'yAxis', sub: 'value', want: true },
    { main: 'legend', sub: 'plain', want: true },
    { main: 'legend', sub: 'scroll', want: true },
    { main: 'dataZoom', sub: 'inside', want: true },
    { main: 'dataZoom', sub: 'slider', want: true },
    { main: 'markLine', want: true },
    { main: 'markArea', want: true },
    { main: 'markPoint', want: true },
    { main: 'toolbox', want: true },
    { main: 'dataset', want: true },
    { main: 'visualMap', sub: 'continuous', want: true },
    { main: 'visualMap', sub: 'piecewise', want: true },
    { main: 'graphic', want: true },
    { main: 'polar', want: false },
    { main: 'geo', want: false },
    { main: 'calendar', want: false },
    { main: 'timeline', want: false },
    { main: 'brush', want: false },
    { main: 'parallel', want: false },
  ];
  for (const { main, sub, want } of components) {
    const name = sub ? `${main}.${sub}` : main;
    test(`the ${name} component is ${want ? '' : 'not '}registered`, () => {
      const { echarts } = loadBundle();
      const got = Boolean(echarts.ComponentModel.getClass(main, sub));
      assert.equal(got, want, `got registered=${got}, want ${want}`);
    });
  }
});

describe('server-side SVG rendering', () => {
  const bar = {
    xAxis: { type: 'category', data: years },
    yAxis: { type: 'value' },
  };
  const cases = [
    {
      name: 'a bar chart draws one bar per value inside a 400 by 300 SVG',
      option: { ...bar, series: [{ type: 'bar', data: capacityGW }] },
      check(svg) {
        assert.match(svg, /^<svg width="400" height="300"/);
        assert.equal(chartShapes(svg), capacityGW.length, 'bars');
        for (const year of years) assert.ok(texts(svg).includes(year), `axis label ${year}`);
      },
    },
    {
      name: 'a line chart labels each of its points',
      option: { ...bar, series: [{ type: 'line', data: capacityGW, label: { show: true, formatter: 'GW {c}' } }] },
      check(svg) {
        for (const v of capacityGW) assert.ok(texts(svg).includes(`GW ${v}`), `label GW ${v}`);
      },
    },
    {
      name: 'a scatter chart draws one symbol per point',
      option: {
        xAxis: {},
        yAxis: {},
        series: [{ type: 'scatter', data: capacityGW.map((v, i) => [i, v]) }],
      },
      check(svg) {
        assert.equal(chartShapes(svg), capacityGW.length, 'symbols');
      },
    },
    {
      name: 'a sankey chart names its nodes',
      option: {
        series: [{
          type: 'sankey',
          data: [{ name: 'Funding' }, { name: 'Compute' }, { name: 'Power' }],
          links: [
            { source: 'Funding', target: 'Compute', value: 3 },
            { source: 'Funding', target: 'Power', value: 1 },
          ],
        }],
      },
      check(svg) {
        for (const node of ['Funding', 'Compute', 'Power']) assert.ok(texts(svg).includes(node), `node ${node}`);
      },
    },
    {
      name: 'a graph chart names its nodes',
      option: {
        series: [{
          type: 'graph',
          layout: 'circular',
          label: { show: true },
          data: [{ name: 'OpenAI' }, { name: 'Oracle' }, { name: 'Nvidia' }],
          links: [{ source: 'OpenAI', target: 'Oracle' }, { source: 'OpenAI', target: 'Nvidia' }],
        }],
      },
      check(svg) {
        for (const node of ['OpenAI', 'Oracle', 'Nvidia']) assert.ok(texts(svg).includes(node), `node ${node}`);
      },
    },
    {
      name: 'a custom chart draws what its renderItem returns',
      option: {
        xAxis: {},
        yAxis: {},
        series: [{
          type: 'custom',
          data: [[7], [8]],
          renderItem: (params, api) => ({ type: 'text', style: { text: `Item ${api.value(0)}` } }),
        }],
      },
      check(svg) {
        assert.deepEqual(texts(svg).filter((t) => t.startsWith('Item ')), ['Item 7', 'Item 8']);
      },
    },
    {
      name: 'the title is drawn',
      option: { ...bar, title: { text: 'Contracted capacity' }, series: [{ type: 'bar', data: capacityGW }] },
      check(svg) {
        assert.ok(texts(svg).includes('Contracted capacity'));
      },
    },
    {
      name: 'a plain and a scroll legend name their series',
      option: {
        ...bar,
        legend: [{ type: 'plain', data: ['Planned'] }, { type: 'scroll', top: 'bottom', data: ['Built'] }],
        series: [{ type: 'bar', name: 'Planned', data: capacityGW }, { type: 'bar', name: 'Built', data: capacityGW }],
      },
      check(svg) {
        assert.ok(texts(svg).includes('Planned'), 'plain legend');
        assert.ok(texts(svg).includes('Built'), 'scroll legend');
      },
    },
    {
      name: 'mark lines, points and areas are drawn with their labels',
      option: {
        ...bar,
        series: [{
          type: 'bar',
          data: capacityGW,
          markLine: { data: [{ yAxis: 10, name: 'Target' }], label: { formatter: 'Line {b}' } },
          markPoint: { data: [{ type: 'max', name: 'Peak' }], label: { formatter: 'Point {b}' } },
          markArea: { data: [[{ name: 'Build-out', xAxis: '2026' }, { xAxis: '2027' }]], label: { formatter: 'Area {b}' } },
        }],
      },
      check(svg) {
        const got = texts(svg);
        for (const want of ['Line Target', 'Point Peak', 'Area Build-out']) assert.ok(got.includes(want), want);
      },
    },
    {
      name: 'a slider data zoom and a toolbox add shapes beside the bars',
      option: {
        ...bar,
        dataZoom: [{ type: 'inside' }, { type: 'slider' }],
        toolbox: { feature: { saveAsImage: {}, restore: {} } },
        series: [{ type: 'bar', data: capacityGW }],
      },
      check(svg) {
        const plain = renderSVG(loadBundle().echarts, { ...bar, series: [{ type: 'bar', data: capacityGW }] });
        assert.ok(count(svg, '<path') > count(plain, '<path'), 'no extra shapes');
      },
    },
    {
      name: 'a dataset transform filters the rows a series draws',
      option: {
        dataset: [
          { source: [['year', 'gw'], ...years.map((y, i) => [y, capacityGW[i]])] },
          { transform: { type: 'filter', config: { dimension: 'gw', '>': 5 } } },
        ],
        xAxis: { type: 'category' },
        yAxis: {},
        series: [{ type: 'bar', datasetIndex: 1 }],
      },
      check(svg) {
        const want = capacityGW.filter((v) => v > 5).length;
        assert.equal(chartShapes(svg), want, 'bars after the filter');
      },
    },
    {
      name: 'piecewise and continuous visual maps draw their legends',
      option: {
        ...bar,
        visualMap: [
          { type: 'piecewise', seriesIndex: 0, pieces: [{ lt: 10, label: 'Under 10 GW' }, { gte: 10, label: '10 GW or more' }] },
          { type: 'continuous', seriesIndex: 1, min: 0, max: 30, text: ['High', 'Low'], right: 0 },
        ],
        series: [{ type: 'bar', data: capacityGW }, { type: 'line', data: capacityGW }],
      },
      check(svg) {
        const got = texts(svg);
        for (const want of ['Under 10 GW', '10 GW or more', 'High', 'Low']) assert.ok(got.includes(want), want);
      },
    },
    {
      name: 'graphic elements are drawn',
      option: { graphic: [{ type: 'text', left: 10, top: 10, style: { text: 'As of 2025-11' } }] },
      check(svg) {
        assert.ok(texts(svg).includes('As of 2025-11'));
      },
    },
    {
      name: 'aria decals fill the bars with patterns',
      option: { ...bar, aria: { enabled: true, decal: { show: true } }, series: [{ type: 'bar', data: capacityGW }] },
      check(svg) {
        assert.ok(svg.includes('<pattern'), 'no decal pattern');
      },
    },
    {
      name: 'label layout hides labels that overlap',
      option: {
        xAxis: {},
        yAxis: {},
        series: [{
          type: 'scatter',
          labelLayout: { hideOverlap: true },
          label: { show: true, formatter: 'P{@[2]}' },
          data: [[1, 1, 0], [1, 1, 1], [1, 1, 2], [9, 9, 3]],
        }],
      },
      check(svg) {
        assert.deepEqual(texts(svg).filter((t) => /^P\d$/.test(t)).sort(), ['P0', 'P3']);
      },
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const { echarts } = loadBundle();
      c.check(renderSVG(echarts, c.option));
    });
  }

  test('the built-in dark theme and a registered theme set the background', () => {
    const { echarts } = loadBundle();
    const option = { ...bar, series: [{ type: 'bar', data: capacityGW }] };
    const background = (svg) => svg.match(/<rect width="400" height="300" x="0" y="0" fill="([^"]*)"/)?.[1];
    assert.equal(background(renderSVG(echarts, option)), 'none', 'default theme');
    assert.notEqual(background(renderSVG(echarts, option, 'dark')) ?? 'none', 'none', 'dark theme');
    echarts.registerTheme('ledger-dark', { backgroundColor: '#0f172a' });
    assert.equal(background(renderSVG(echarts, option, 'ledger-dark')), '#0f172a', 'registered theme');
  });

  test('connect puts charts into one group', () => {
    const { echarts } = loadBundle();
    const make = () => echarts.init(null, null, { renderer: 'svg', ssr: true, width: 100, height: 100 });
    const a = make();
    const b = make();
    try {
      const group = echarts.connect([a, b]);
      assert.equal(typeof group, 'string');
      assert.equal(a.group, group);
      assert.equal(b.group, group);
    } finally {
      a.dispose();
      b.dispose();
    }
  });
});

describe('in Chromium', { skip: existsSync(chromiumPath) ? false : `no browser at ${chromiumPath}` }, () => {
  test('draws on a canvas, finds the chart by its element, shows a tooltip and labels it for screen readers', async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    try {
      const page = await browser.newPage();
      await page.route('**/*', (route) => route.abort());
      await page.setContent('<!doctype html><div id="c" style="width:400px;height:300px"></div><div id="s" style="width:400px;height:300px"></div>');
      await page.addScriptTag({ content: bundleCode });
      const got = await page.evaluate(({ years, capacityGW }) => {
        const el = document.getElementById('c');
        const chart = window.echarts.init(el, null, { renderer: 'canvas' });
        chart.setOption({
          animation: false,
          aria: { enabled: true, label: { description: 'Contracted capacity by year' } },
          tooltip: { trigger: 'axis' },
          xAxis: { type: 'category', data: years },
          yAxis: { type: 'value' },
          series: [{ type: 'bar', name: 'Capacity', data: capacityGW, itemStyle: { color: '#1f4e79' } }],
        });
        const canvas = el.querySelector('canvas');
        const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let barPixels = 0;
        for (let i = 0; i < pixels.length; i += 4) {
          if (pixels[i] === 0x1f && pixels[i + 1] === 0x4e && pixels[i + 2] === 0x79) barPixels++;
        }
        chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: 3 });
        const tooltip = [...el.querySelectorAll('div')].map((d) => d.textContent).join(' ');

        const svgEl = document.getElementById('s');
        const svgChart = window.echarts.init(svgEl, null, { renderer: 'svg' });
        svgChart.setOption({ animation: false, series: [{ type: 'line', data: capacityGW }], xAxis: { data: years }, yAxis: {} });
        return {
          painter: chart.getZr().painter.getType(),
          sameInstance: window.echarts.getInstanceByDom(el) === chart,
          barPixels,
          tooltip,
          ariaLabel: el.getAttribute('aria-label'),
          svgPainter: svgChart.getZr().painter.getType(),
          svgInPage: svgEl.querySelector('svg') !== null,
        };
      }, { years, capacityGW });
      assert.equal(got.painter, 'canvas');
      assert.equal(got.sameInstance, true, 'getInstanceByDom did not return the chart');
      assert.ok(got.barPixels > 0, 'no bar-coloured pixels on the canvas');
      assert.match(got.tooltip, /Capacity/, 'tooltip');
      assert.match(got.tooltip, /2028/, 'tooltip');
      assert.equal(got.ariaLabel, 'Contracted capacity by year');
      assert.equal(got.svgPainter, 'svg');
      assert.equal(got.svgInPage, true, 'no <svg> element in the page');
    } finally {
      await browser.close();
    }
  });
});
