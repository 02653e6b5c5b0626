// Entry of the custom ECharts bundle (web/echarts.min.js).
//
// Only the charts, components, features and renderers that Compute Ledger
// draws are registered, so the bundle stays well below the full ECharts
// distribution. The chart options come from go-echarts (package app/chart)
// as JSON. The rule: a chart type or component that is not registered here
// is silently ignored by ECharts, so add it here before a chart builder
// starts to use it. web/echarts-entry.test.mjs enforces this: it draws every
// golden option in app/chart/testdata and fails when a series type, a
// component or a feature the option uses is not registered here.
//
// Not registered on purpose: the toolbox. go-echarts always writes an empty
// "toolbox": {}, which ECharts ignores, without a warning, when the toolbox
// component is not registered.
//
// Build (one line, the locally installed esbuild):
//   node_modules/.bin/esbuild web/echarts-entry.js --bundle --minify --format=iife --target=es2020 --legal-comments=none --log-level=warning --outfile=web/echarts.min.js

import * as echarts from 'echarts/core';
import { BarChart, LineChart, SankeyChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendPlainComponent,
  LegendScrollComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { LabelLayout, LegacyGridContainLabel } from 'echarts/features';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
  // Charts.
  BarChart,
  LineChart,
  SankeyChart,
  ScatterChart,
  // Components (the grid brings the cartesian axes and the axis pointer).
  TitleComponent,
  TooltipComponent,
  GridComponent,
  LegendPlainComponent,
  LegendScrollComponent,
  MarkLineComponent,
  MarkPointComponent,
  AriaComponent,
  // Features.
  LabelLayout, // labelLayout.hideOverlap of the timeline series
  LegacyGridContainLabel, // go-echarts writes grid.containLabel
  // Renderers: canvas on screen, SVG for the SVG download.
  CanvasRenderer,
  SVGRenderer,
]);

// The page script and the Go side reach ECharts through window.echarts; the
// built-in 'dark' theme comes with echarts/core.
globalThis.echarts = echarts;
