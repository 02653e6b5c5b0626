// Tests of the custom ECharts bundle built from web/echarts-entry.js.
//
// The bundle is built with the same esbuild command line as the Makefile,
// into a temporary folder, then evaluated in a Node vm context that stands in
// for a browser window. Charts are drawn with ECharts' server-side SVG mode,
// so these tests need no browser. When Debian's chromium is installed, two
// more tests load the bundle into a real page and draw on a canvas.
//
// The guard ('the golden chart options') draws every option in
// app/chart/testdata/*.golden.json and fails when the option uses a series
// type, a component or a feature that the entry does not register: ECharts
// silently ignores those, so a chart would lose a part without any error.
// It checks the models ECharts built from the option, probes the modules
// that leave no model (aria, labelLayout, grid.containLabel), and compares
// the SVG with the one the full ECharts distribution of the same version
// draws.
//
// Run: node --test web/

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const repoDir = fileURLToPath(new URL('..', import.meta.url));
const entryFile = join('web', 'echarts-entry.js');
const goldenDir = join(repoDir, 'app', 'chart', 'testdata');
const fullEChartsFile = join(repoDir, 'node_modules', 'echarts', 'dist', 'echarts.min.js');
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
let fullCode;

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
  fullCode = readFileSync(fullEChartsFile, 'utf8');
});

after(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

// evaluate runs code in a fresh context shaped like a browser window without
// a DOM and returns the window and the console messages logged in it.
function evaluate(code, filename) {
  const logs = [];
  const record = (level) => (...args) => logs.push(`console.${level}: ${args.join(' ')}`);
  const window = vm.createContext({
    console: { log: record('log'), info: record('info'), warn: record('warn'), error: record('error') },
    setTimeout,
    clearTimeout,
    navigator: { userAgent: `Node.js/${process.version}` },
  });
  window.window = window;
  vm.runInContext(code, window, { filename });
  return { window, logs };
}

// loadBundle evaluates the bundle and returns its window; window.logs holds
// what it wrote to the console.
function loadBundle() {
  const { window, logs } = evaluate(bundleCode, 'echarts.min.js');
  window.logs = logs;
  return window;
}

// loadFullECharts evaluates the full ECharts distribution of the pinned
// version, which registers every chart type, component and feature, and
// returns its window.
function loadFullECharts() {
  return evaluate(fullCode, 'echarts-full.min.js').window;
}

// inWindow copies value (plain JSON) into window, as the page's JSON.parse
// of an option would make it: ECharts tells arrays by instanceof Array.
function inWindow(window, value) {
  return vm.runInContext('JSON.parse', window)(JSON.stringify(value));
}

// draw sets option on a server-side SVG chart of the given size in the
// window's ECharts, calls inspect(chart) and returns the SVG document and
// inspect's result.
function draw(window, option, { theme = null, width = 400, height = 300, inspect = () => undefined } = {}) {
  const chart = window.echarts.init(null, theme, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(inWindow(window, { animation: false, ...option }));
    return { svg: chart.renderToSVGString(), inspected: inspect(chart) };
  } finally {
    chart.dispose();
  }
}

// renderSVG draws option with the SVG renderer in server-side mode and
// returns the SVG document, normalized.
function renderSVG(window, option, theme = null) {
  return normalize(draw(window, option, { theme }).svg);
}

// normalize renumbers the class names of svg in the order they first appear:
// their numbers count the charts and styles drawn before in the same window,
// and two drawings of one option must compare equal.
function normalize(svg) {
  const names = new Map();
  return svg.replace(/\bzr\d+-cls-\d+\b/g, (name) => {
    if (!names.has(name)) names.set(name, `cls-${names.size}`);
    return names.get(name);
  });
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

// firstDifference describes the first element where two SVG documents differ.
function firstDifference(got, want) {
  const a = got.replace(/></g, '>\n<').split('\n');
  const b = want.replace(/></g, '>\n<').split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `element ${i}: bundle has ${a[i] ?? '(nothing)'}, full ECharts has ${b[i] ?? '(nothing)'}`;
}

const years = ['2025', '2026', '2027', '2028'];
const capacityGW = [1.9, 6.5, 14.2, 30];
const bar = {
  xAxis: { type: 'category', data: years },
  yAxis: { type: 'value' },
};

describe('the bundle', () => {
  test('evaluates without a DOM and exposes the ECharts API the app uses on window.echarts', () => {
    const window = loadBundle();
    assert.ok(window.echarts, 'window.echarts is not set');
    for (const name of ['init', 'getInstanceByDom', 'dispose']) {
      assert.equal(typeof window.echarts[name], 'function', `window.echarts.${name}`);
    }
    assert.deepEqual(window.logs, [], 'console output while loading');
  });

  test('is the ECharts version pinned in package.json', () => {
    const pkg = JSON.parse(readFileSync(join(repoDir, 'package.json'), 'utf8'));
    const installed = JSON.parse(readFileSync(join(repoDir, 'node_modules', 'echarts', 'package.json'), 'utf8'));
    const pinned = pkg.dependencies?.echarts;
    assert.match(pinned ?? '', /^\d+\.\d+\.\d+$/, 'echarts is not pinned to an exact version');
    assert.equal(installed.version, pinned, 'installed echarts differs from the pin: run npm ci');
    const { echarts } = loadBundle();
    assert.equal(echarts.version, pinned, `got version ${echarts.version}, want ${pinned}`);
    assert.equal(loadFullECharts().echarts.version, pinned, 'the full ECharts the guard compares with');
  });

  test('carries no reference to process.env, which browsers lack', () => {
    assert.equal(bundleCode.includes('process.env'), false);
  });
});

describe('the entry', () => {
  test('registers exactly the modules the charts use', () => {
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
      'BarChart', 'LineChart', 'SankeyChart', 'ScatterChart',
      'TitleComponent', 'TooltipComponent', 'GridComponent',
      'LegendPlainComponent', 'LegendScrollComponent',
      'MarkLineComponent', 'MarkPointComponent',
      'AriaComponent',
      'LabelLayout', 'LegacyGridContainLabel',
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
    { type: 'scatter', want: true },
    { type: 'graph', want: false },
    { type: 'custom', want: false },
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
    { main: 'axisPointer', want: true },
    { main: 'grid', want: true },
    { main: 'xAxis', sub: 'category', want: true },
    { main: 'xAxis', sub: 'value', want: true },
    { main: 'xAxis', sub: 'time', want: true },
    { main: 'yAxis', sub: 'category', want: true },
    { main: 'yAxis', sub: 'value', want: true },
    { main: 'legend', sub: 'plain', want: true },
    { main: 'legend', sub: 'scroll', want: true },
    { main: 'markLine', want: true },
    { main: 'markPoint', want: true },
    { main: 'markArea', want: false },
    { main: 'toolbox', want: false },
    { main: 'dataZoom', want: false },
    { main: 'dataset', want: false },
    { main: 'visualMap', want: false },
    { main: 'graphic', want: false },
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

// Probes of the registered modules that leave no model behind: each draws a
// small option whose picture depends on the module and tells whether the
// bundle drew it.
const probes = {
  // AriaComponent: aria decals fill the bars with patterns.
  aria(window) {
    const svg = renderSVG(window, { ...bar, aria: { enabled: true, decal: { show: true } }, series: [{ type: 'bar', data: capacityGW }] });
    return svg.includes('<pattern');
  },
  // LabelLayout: of four labels on one spot, hideOverlap keeps the first.
  labelLayout(window) {
    const svg = renderSVG(window, {
      xAxis: {},
      yAxis: {},
      series: [{
        type: 'scatter',
        labelLayout: { hideOverlap: true },
        label: { show: true, formatter: 'P{@[2]}' },
        data: [[1, 1, 0], [1, 1, 1], [1, 1, 2], [9, 9, 3]],
      }],
    });
    return texts(svg).filter((t) => /^P\d$/.test(t)).sort().join() === 'P0,P3';
  },
  // LegacyGridContainLabel: grid.containLabel lays the grid out as the full
  // ECharts does (without the feature ECharts falls back to another layout).
  containLabel(window) {
    const option = {
      grid: { left: 8, right: 8, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: ['A counterparty with a long name', 'Oracle', 'AMD'] },
      series: [{ type: 'bar', data: [300, 60, 90] }],
    };
    return renderSVG(window, option) === renderSVG(loadFullECharts(), option);
  },
};

describe('server-side SVG rendering', () => {
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
      name: 'a scatter chart on a time axis draws one symbol per point',
      option: {
        xAxis: { type: 'time' },
        yAxis: {},
        series: [{ type: 'scatter', data: years.map((y, i) => [`${y}-06-30`, capacityGW[i]]) }],
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
      name: 'the title is drawn',
      option: { ...bar, title: { text: 'Contracted capacity', subtext: 'GW at year end' }, series: [{ type: 'bar', data: capacityGW }] },
      check(svg) {
        assert.ok(texts(svg).includes('Contracted capacity'), 'title');
        assert.ok(texts(svg).includes('GW at year end'), 'subtitle');
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
      name: 'mark lines and points are drawn with their labels',
      option: {
        ...bar,
        series: [{
          type: 'bar',
          data: capacityGW,
          markLine: { data: [{ yAxis: 10, name: 'Target' }], label: { formatter: 'Line {b}' } },
          markPoint: { data: [{ type: 'max', name: 'Peak' }], label: { formatter: 'Point {b}' } },
        }],
      },
      check(svg) {
        const got = texts(svg);
        for (const want of ['Line Target', 'Point Peak']) assert.ok(got.includes(want), want);
      },
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const window = loadBundle();
      c.check(renderSVG(window, c.option));
      assert.deepEqual(window.logs, [], 'console output');
    });
  }

  test('aria decals fill the bars with patterns', () => {
    assert.equal(probes.aria(loadBundle()), true);
  });

  test('label layout hides labels that overlap', () => {
    assert.equal(probes.labelLayout(loadBundle()), true);
  });

  test('grid.containLabel lays the grid out as the full ECharts does', () => {
    assert.equal(probes.containLabel(loadBundle()), true);
  });

  test('the axis pointer and the tooltip have their models', () => {
    const window = loadBundle();
    const { inspected } = draw(window, {
      ...bar,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      axisPointer: { link: [{ xAxisIndex: 'all' }] },
      series: [{ type: 'bar', data: capacityGW }],
    }, {
      inspect: (chart) => ['tooltip', 'axisPointer'].filter((main) => chart.getModel().getComponent(main)),
    });
    assert.deepEqual(inspected, ['tooltip', 'axisPointer']);
    assert.deepEqual(window.logs, [], 'console output');
  });

  test('an empty toolbox, as go-echarts writes it, is ignored without a warning', () => {
    const window = loadBundle();
    const option = { ...bar, series: [{ type: 'bar', data: capacityGW }] };
    const withToolbox = draw(window, { ...option, toolbox: {} }, {
      inspect: (chart) => chart.getModel().getComponent('toolbox'),
    });
    assert.equal(withToolbox.inspected, undefined, 'a toolbox model exists');
    assert.equal(normalize(withToolbox.svg), renderSVG(window, option), 'the empty toolbox changed the picture');
    assert.deepEqual(window.logs, [], 'console output');
  });

  test('setOption with the replaceMerge list of app/ui/echart.go, which names modules not registered, redraws without a warning', () => {
    const window = loadBundle();
    const replaceMerge = ['series', 'xAxis', 'yAxis', 'grid', 'legend', 'title', 'graphic', 'dataZoom', 'visualMap'];
    const chart = window.echarts.init(null, null, { renderer: 'svg', ssr: true, width: 400, height: 300 });
    const setOption = (option) => chart.setOption(inWindow(window, { animation: false, ...option }), inWindow(window, { replaceMerge }));
    try {
      setOption({ ...bar, series: [{ type: 'bar', data: capacityGW }, { type: 'line', data: capacityGW }] });
      setOption({ ...bar, series: [{ type: 'bar', data: capacityGW }] });
      assert.equal(chart.getModel().getSeriesCount(), 1, 'the line series was not replaced');
      assert.equal(chartShapes(chart.renderToSVGString()), capacityGW.length, 'bars');
    } finally {
      chart.dispose();
    }
    assert.deepEqual(window.logs, [], 'console output');
  });

  test('the built-in dark theme sets the background', () => {
    const window = loadBundle();
    const option = { ...bar, series: [{ type: 'bar', data: capacityGW }] };
    const background = (svg) => svg.match(/<rect width="400" height="300" x="0" y="0" fill="([^"]*)"/)?.[1];
    assert.equal(background(renderSVG(window, option)), 'none', 'default theme');
    assert.notEqual(background(renderSVG(window, option, 'dark')) ?? 'none', 'none', 'dark theme');
  });
});

// --- The guard: every golden option draws with the modules registered. ---

// markers are the components that a series declares inside itself.
const markers = ['markLine', 'markPoint', 'markArea'];

// asList returns a component option as a list of options.
function asList(value) {
  return Array.isArray(value) ? value : [value];
}

// hasContent tells whether a component option sets anything: go-echarts
// writes some components as {} (the toolbox), which ECharts ignores.
function hasContent(value) {
  return asList(value).some((item) => item != null && (typeof item !== 'object' || Object.keys(item).length > 0));
}

// usage lists what option needs registered: the series types (with how many
// series of each), the components with content (main type, index and the
// sub-type the option names), the markers inside series, and the features
// and components that leave no model (aria, labelLayout, containLabel).
// full is the full ECharts, which tells a component key from a global
// setting such as color or animation.
function usage(option, full) {
  const series = new Map();
  const components = [];
  const inSeries = new Set();
  const features = new Set();
  for (const s of asList(option.series ?? [])) {
    series.set(s.type, (series.get(s.type) ?? 0) + 1);
    for (const main of markers) if (s[main] && hasContent(s[main])) inSeries.add(main);
    if (s.labelLayout && hasContent(s.labelLayout)) features.add('labelLayout');
  }
  for (const [main, value] of Object.entries(option)) {
    if (main === 'series' || value == null || !hasContent(value)) continue;
    if (main === 'aria') {
      if (asList(value).some((a) => a?.enabled)) features.add('aria');
      continue;
    }
    if (!full.ComponentModel.hasClass(main)) continue; // a global setting
    asList(value).forEach((item, index) => components.push({ main, index, sub: item?.type }));
  }
  if (asList(option.grid ?? []).some((g) => g?.containLabel)) features.add('containLabel');
  return { series, components, inSeries, features };
}

// featureModules name the entry's module behind each feature of usage.
const featureModules = { aria: 'AriaComponent', labelLayout: 'LabelLayout', containLabel: 'LegacyGridContainLabel' };

// withoutEmptyComponents drops the top-level objects that have no content.
function withoutEmptyComponents(option) {
  return Object.fromEntries(Object.entries(option).filter(([main, value]) =>
    main === 'series' || value == null || typeof value !== 'object' || hasContent(value)));
}

// checkOption asserts that the bundle draws option completely: every series
// type, component, marker and feature it uses is registered, setting it logs
// nothing, and the picture is the full ECharts' picture of it.
function checkOption(option, label) {
  const full = loadFullECharts();
  const need = usage(option, full.echarts);
  const missing = (what) => `${label} uses ${what}, which web/echarts-entry.js does not register: add it to echarts.use([...])`;
  const window = loadBundle();
  const size = { width: 800, height: 500 };
  let got;
  try {
    got = draw(window, option, {
      ...size,
      inspect(chart) {
        const model = chart.getModel();
        return {
          series: new Map([...need.series.keys()].map((type) => [type, model.getSeriesByType(type).length])),
          components: need.components.map(({ main, index }) => {
            const cmpt = model.getComponent(main, index);
            return cmpt ? { subType: cmpt.subType } : null;
          }),
          inSeries: [...need.inSeries].filter((main) => model.getComponent(main)),
        };
      },
    });
  } catch (err) {
    assert.fail(missing(`something that made setOption throw (${err.message})`));
  }
  for (const [type, want] of need.series) {
    assert.equal(got.inspected.series.get(type), want, missing(`the ${type} series`));
  }
  need.components.forEach(({ main, index, sub }, i) => {
    const cmpt = got.inspected.components[i];
    assert.ok(cmpt, missing(`the ${main} component (${main}[${index}])`));
    if (sub) assert.equal(cmpt.subType, sub, missing(`the ${main} component of type ${sub}`));
  });
  for (const main of need.inSeries) {
    assert.ok(got.inspected.inSeries.includes(main), missing(`${main} in a series`));
  }
  for (const feature of need.features) {
    assert.ok(probes[feature](loadBundle()), missing(`${feature} (${featureModules[feature]})`));
  }
  assert.deepEqual(window.logs, [], `${label}: console output while setting the option`);
  const gotSVG = normalize(got.svg);
  const wantSVG = normalize(draw(full, withoutEmptyComponents(option), size).svg);
  assert.ok(gotSVG === wantSVG,
    `${label}: the bundle draws it unlike the full ECharts, so it lacks a module the option uses; ${firstDifference(gotSVG, wantSVG)}`);
}

describe('the golden chart options', () => {
  const goldens = readdirSync(goldenDir).filter((f) => f.endsWith('.golden.json')).sort();

  test('are there to check', () => {
    assert.ok(goldens.length > 0, `no *.golden.json in ${goldenDir}`);
  });

  for (const file of goldens) {
    test(`${file} draws completely with the registered modules`, () => {
      checkOption(JSON.parse(readFileSync(join(goldenDir, file), 'utf8')), file);
    });
  }

  // The guard itself: options that use modules not registered must fail it.
  const unregistered = [
    { name: 'a pie series', want: /uses the pie series/, option: { series: [{ type: 'pie', data: [{ name: 'A', value: 1 }] }] } },
    { name: 'a data zoom', want: /uses the dataZoom component/, option: { ...bar, dataZoom: [{ type: 'slider' }], series: [{ type: 'bar', data: capacityGW }] } },
    { name: 'a mark area', want: /uses markArea in a series/, option: { ...bar, series: [{ type: 'bar', data: capacityGW, markArea: { data: [[{ xAxis: '2026' }, { xAxis: '2027' }]] } }] } },
    { name: 'a toolbox with a feature', want: /uses the toolbox component/, option: { ...bar, toolbox: { feature: { saveAsImage: {} } }, series: [{ type: 'bar', data: capacityGW }] } },
    { name: 'a visual map', want: /uses the visualMap component/, option: { ...bar, visualMap: { min: 0, max: 30 }, series: [{ type: 'bar', data: capacityGW }] } },
    { name: 'a dataset', want: /uses the dataset component/, option: { dataset: { source: [['2025', 1.9]] }, xAxis: { type: 'category' }, yAxis: {}, series: [{ type: 'bar' }] } },
  ];
  for (const { name, want, option } of unregistered) {
    test(`the check fails for ${name}`, () => {
      assert.throws(() => checkOption(option, name), (err) => {
        assert.match(err.message, want);
        assert.match(err.message, /which web\/echarts-entry\.js does not register/);
        return true;
      });
    });
  }
});

describe('in Chromium', { skip: existsSync(chromiumPath) ? false : `no browser at ${chromiumPath}` }, () => {
  let browser;
  before(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  });
  after(async () => {
    await browser?.close();
  });

  // newPage returns a page holding the bundle and the console messages the
  // page logs.
  async function newPage(body) {
    const page = await browser.newPage();
    const logs = [];
    page.on('console', (msg) => {
      if (msg.type() === 'warning' || msg.type() === 'error') logs.push(`${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => logs.push(`page error: ${err.message}`));
    await page.route('**/*', (route) => route.abort());
    await page.setContent(`<!doctype html>${body}`);
    await page.addScriptTag({ content: bundleCode });
    return { page, logs };
  }

  test('draws on a canvas, finds the chart by its element, shows a tooltip, labels it for screen readers and renders an SVG', async () => {
    const { page, logs } = await newPage('<div id="c" style="width:400px;height:300px"></div><div id="s" style="width:400px;height:300px"></div>');
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
      const exported = chart.renderToCanvas({ pixelRatio: 2, backgroundColor: '#ffffff' });

      const svgEl = document.getElementById('s');
      const svgChart = window.echarts.init(svgEl, 'dark', { renderer: 'svg', width: 600, height: 320 });
      svgChart.setOption({ animation: false, series: [{ type: 'line', data: capacityGW }], xAxis: { data: years }, yAxis: {} });
      return {
        painter: chart.getZr().painter.getType(),
        sameInstance: window.echarts.getInstanceByDom(el) === chart,
        barPixels,
        tooltip,
        ariaLabel: el.getAttribute('aria-label'),
        exportedWidth: exported.width,
        svgPainter: svgChart.getZr().painter.getType(),
        svgString: svgChart.renderToSVGString().slice(0, 40),
      };
    }, { years, capacityGW });
    assert.equal(got.painter, 'canvas');
    assert.equal(got.sameInstance, true, 'getInstanceByDom did not return the chart');
    assert.ok(got.barPixels > 0, 'no bar-coloured pixels on the canvas');
    assert.match(got.tooltip, /Capacity/, 'tooltip');
    assert.match(got.tooltip, /2028/, 'tooltip');
    assert.equal(got.ariaLabel, 'Contracted capacity by year');
    assert.equal(got.exportedWidth, 800, 'renderToCanvas at twice the pixels');
    assert.equal(got.svgPainter, 'svg');
    assert.match(got.svgString, /^<svg width="600" height="320"/, 'renderToSVGString');
    assert.deepEqual(logs, [], 'console output');
  });

  test('draws every golden chart option on a canvas in both themes, labelled for screen readers', async () => {
    const goldens = readdirSync(goldenDir).filter((f) => f.endsWith('.golden.json')).sort();
    const options = goldens.map((f) => JSON.parse(readFileSync(join(goldenDir, f), 'utf8')));
    const { page, logs } = await newPage('<div id="c" style="width:800px;height:500px"></div>');
    const got = await page.evaluate((options) => options.flatMap((option) => [null, 'dark'].map((theme) => {
      const el = document.getElementById('c');
      const chart = window.echarts.init(el, theme, { renderer: 'canvas' });
      chart.setOption({ ...option, backgroundColor: 'transparent' });
      const label = el.getAttribute('aria-label');
      chart.dispose();
      el.removeAttribute('aria-label');
      return label;
    })), options);
    const want = options.flatMap((o) => [o.aria?.label?.description ?? null, o.aria?.label?.description ?? null]);
    assert.deepEqual(got, want, 'aria labels');
    assert.deepEqual(logs, [], 'console output');
  });
});
