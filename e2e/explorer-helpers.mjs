// Helpers for the explorer's browser tests: the views and their charts,
// waiting for a recomputation to be drawn, running axe-core, and catching
// downloads.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  launchBrowser, startGoServer, startStaticServer, stopProcess, watchErrors, waitForChart,
} from './harness.mjs';

const require = createRequire(import.meta.url);

// views lists every route with the charts it draws and its nav label.
export const views = [
  { path: '', label: 'Overview', charts: ['chart-commitments'] },
  { path: 'ledger', label: 'Ledger', charts: [] },
  { path: 'spend', label: 'Spend', charts: ['chart-spend'] },
  { path: 'capacity', label: 'Capacity', charts: ['chart-capacity', 'chart-power'] },
  { path: 'funding', label: 'Funding', charts: ['chart-funding'] },
  { path: 'flows', label: 'Flows', charts: ['chart-flows'] },
  { path: 'timeline', label: 'Timeline', charts: ['chart-timeline'] },
  { path: 'uncertainty', label: 'Uncertainty', charts: ['chart-tornado', 'chart-fan'] },
  { path: 'reconcile', label: 'Reconcile', charts: ['chart-reconcile-usd', 'chart-reconcile-gw'] },
  { path: 'compare', label: 'Compare', charts: ['chart-compare'] },
  { path: 'estimates', label: 'Estimates', charts: [] },
];

// viewURL returns the address of a view under a server's base URL.
export function viewURL(baseURL, path, query = '') {
  const base = baseURL.endsWith('/') ? baseURL : `${baseURL}/`;
  return base + path + (query ? `?${query}` : '');
}

// waitForCharts waits until every chart of a view is drawn and returns
// their canvas sizes.
export async function waitForCharts(page, view) {
  const sizes = [];
  for (const id of view.charts) sizes.push(await waitForChart(page, id));
  // The heading is the view's own: the app, not only the pre-render, shows it.
  await page.waitForFunction(() => document.documentElement.dataset.updateSeq !== undefined, null, { timeout: 20000 });
  return sizes;
}

// updateSeq returns the explorer's update counter (see app/ui/browser.go).
export async function updateSeq(page) {
  return page.evaluate(() => Number(document.documentElement.dataset.updateSeq || 0));
}

// waitForUpdate waits until the update counter passes seq: every visible
// chart shows the recomputation that followed an input.
export async function waitForUpdate(page, seq) {
  await page.waitForFunction((s) => Number(document.documentElement.dataset.updateSeq || 0) > s, seq, { timeout: 10000 });
}

// waitForQuery waits until the page's address carries param with a value
// other than old (null: any value) and returns it.
export async function waitForQuery(page, param, old = null) {
  await page.waitForFunction(([p, o]) => {
    const v = new URL(location.href).searchParams.get(p);
    return v !== null && v !== o;
  }, [param, old], { timeout: 10000 });
  return new URL(page.url()).searchParams.get(param);
}

let axeSource;

// runAxe injects axe-core by evaluation (the server's CSP forbids other
// scripts, evaluation through the protocol is not subject to it) and
// returns the serious and critical violations.
export async function runAxe(page) {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const res = await axe.run(document, { resultTypes: ['violations'] });
    return res.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ': ' + n.failureSummary),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

// download clicks the element and returns the downloaded file's name and bytes.
export async function download(page, selector) {
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 15000 }),
    page.click(selector),
  ]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
}

// sliderLatency drags the slider of a scenario parameter in small steps at
// about 60 Hz, as a hand would, and returns for each step the time in
// milliseconds from the input event to the update counter moving on
// (every visible chart redrawn), sorted. A benchmark for the browser bench
// harness, not a test: nothing here asserts a time.
export async function sliderLatency(page, param, steps = 80) {
  const times = await page.evaluate(async ([p, n]) => {
    const el = document.getElementById(`ctl-${p}-range`);
    const min = +el.min;
    const max = +el.max;
    const step = +el.step || 1;
    let v = +el.value;
    let dir = 1;
    const out = [];
    for (let i = 0; i < n; i++) {
      if (v + 2 * dir * step > max || v + 2 * dir * step < min) dir = -dir;
      v += 2 * dir * step;
      const seq = document.documentElement.dataset.updateSeq;
      const done = new Promise((resolve) => {
        const obs = new MutationObserver(() => {
          if (document.documentElement.dataset.updateSeq !== seq) {
            obs.disconnect();
            resolve();
          }
        });
        obs.observe(document.documentElement, { attributes: true });
      });
      const t0 = performance.now();
      el.value = String(v);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      await done;
      out.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 16));
    }
    return out;
  }, [param, steps]);
  return times.sort((a, b) => a - b);
}

// startExplorer serves the explorer from the Go server and (unless
// opts.staticSite is false) the static build under /sub/, opens a browser
// page of 1280 x 900 watching for errors, and stops all of it after the
// test t.
export async function startExplorer(t, opts = {}) {
  const server = await startGoServer();
  const site = opts.staticSite === false ? null : await startStaticServer();
  const browser = await launchBrowser();
  t.after(async () => {
    await browser.close();
    await stopProcess(server);
    if (site) await stopProcess(site);
  });
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  return { server, site, browser, page, errors: watchErrors(page) };
}
