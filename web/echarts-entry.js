// Entry of the custom ECharts bundle (web/echarts.min.js).
//
// Only the charts, components, features and renderers that Compute Ledger
// draws are registered, so the bundle stays well below the full ECharts
// distribution. The chart options come from go-echarts as JSON; a chart type
// or component that is not registered here is silently ignored by ECharts,
// so add it here before a chart builder starts to use it.
//
// Build (one line, the locally installed esbuild):
//   node_modules/.bin/esbuild web/echarts-entry.js --bundle --minify --format=iife --target=es2020 --legal-comments=none --log-level=warning --outfile=web/echarts.min.js

import * as echarts from 'echarts/core';
import {
  BarChart,
  CustomChart,
  GraphChart,
  LineChart,
  SankeyChart,
  ScatterChart,
} from 'echarts/charts';
import {
  AriaComponent,
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  DatasetComponent,
  GraphicComponent,
  GridComponent,
  LegendPlainComponent,
  LegendScrollComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  ToolboxComponent,
  TooltipComponent,
  TransformComponent,
  VisualMapContinuousComponent,
  VisualMapPiecewiseComponent,
} from 'echarts/components';
import { LabelLayout, LegacyGridContainLabel, UniversalTransition } from 'echarts/features';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
  // Charts.
  BarChart,
  LineChart,
  SankeyChart,
  GraphChart,
  ScatterChart,
  CustomChart,
  // Components.
  TitleComponent,
  TooltipComponent,
  GridComponent,
  LegendPlainComponent,
  LegendScrollComponent,
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  MarkLineComponent,
  MarkAreaComponent,
  MarkPointComponent,
  ToolboxComponent,
  DatasetComponent,
  AriaComponent,
  VisualMapContinuousComponent,
  VisualMapPiecewiseComponent,
  GraphicComponent,
  TransformComponent,
  // Features.
  LabelLayout,
  LegacyGridContainLabel, // go-echarts writes grid.containLabel
  UniversalTransition,
  // Renderers: canvas on screen, SVG for the SVG download.
  CanvasRenderer,
  SVGRenderer,
]);

// The page script and the Go side reach ECharts through window.echarts.
globalThis.echarts = echarts;
