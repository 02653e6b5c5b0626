// The bench harness: `make bench` prints one table of what a user waits for
// and what the server sustains, measured on this machine, against the
// targets. Every figure is a median (or a percentile) of repeated runs.
//
//   node e2e/bench.mjs [--quick] [--only=slider,...]    (after make web wasm bin precompress)
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import {
  root, launchBrowser, startGoServer, stopProcess, chromiumPath, waitForWorker, pagePaths, accessLog,
} from './harness.mjs';
import { startupScript, startupTimes, fast4G } from './startup-marks.mjs';
import { genDealsCSV } from './import-files.mjs';

const quick = process.argv.includes('--quick');
const RUNS = quick ? 3 : 7;
const rows = [];
const row = (what, value, target = '', ok = '') => rows.push({ what, value, target, ok });
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]; };
const kB = (b) => `${(b / 1000).toFixed(1)} kB`;
const MB = (b) => `${(b / 1e6).toFixed(3)} MB`;
const ms = (x) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
const verdict = (value, limit) => (value <= limit ? 'met' : `missed by ${((value / limit - 1) * 100).toFixed(0)}%`);

// coldLoad measures what a first visit downloads, as the server's access
// log counts it (bytes of each response body, in the coding Chromium asked
// for: brotli): the page and its files, then everything the service
// worker precaches, until the worker is active. A file sent twice (the
// worker once downloaded app.wasm again while the page was downloading it)
// shows up as such.
async function coldLoad(server) {
  const from = server.output().length;
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  await page.addInitScript(startupScript);
  await startupTimes(page, () => page.goto(server.baseURL));
  await waitForWorker(page);
  await page.waitForTimeout(500);
  await browser.close();
  const files = new Map();
  let total = 0; let requests = 0; let notModified = 0;
  for (const { path, status, bytes } of accessLog(server.output().slice(from))) {
    requests++;
    if (status === 304) { notModified++; continue; }
    const f = files.get(path) || { bytes: 0, sent: 0 };
    f.bytes += bytes; f.sent++;
    files.set(path, f);
    total += bytes;
  }
  const isPage = (p) => !/\.[a-z0-9]+$/.test(p);
  const pages = [...files].filter(([p]) => isPage(p));
  for (const [p, f] of [...files].filter(([q]) => !isPage(q)).sort((a, b) => b[1].bytes - a[1].bytes)) {
    row(`  first visit: ${p}${f.sent > 1 ? ` (sent ${f.sent} times)` : ''}`, kB(f.bytes));
  }
  row(`  first visit: ${pages.length} pages`, kB(pages.reduce((n, [, f]) => n + f.bytes, 0)));
  row(`  first visit: ${requests} requests, ${notModified} answered 304 Not Modified`, '');
  row('First visit incl. the worker\'s precache, bytes sent (brotli)', MB(total), '<= 1.8 MB', verdict(total, 1.8e6));
}

async function startup(server) {
  const cold = []; const slow = [];
  for (let i = 0; i < RUNS; i++) {
    const browser = await launchBrowser();
    const page = await browser.context.newPage();
    await page.addInitScript(startupScript);
    cold.push(await startupTimes(page, () => page.goto(server.baseURL)));
    await browser.close();
  }
  for (let i = 0; i < RUNS; i++) {
    const browser = await launchBrowser();
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', fast4G);
    await page.addInitScript(startupScript);
    slow.push(await startupTimes(page, () => page.goto(server.baseURL)));
    await browser.close();
  }
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  await page.addInitScript(startupScript);
  await startupTimes(page, () => page.goto(server.baseURL));
  await waitForWorker(page);
  const warm = [];
  for (let i = 0; i < RUNS; i++) warm.push(await startupTimes(page, () => page.reload()));
  await browser.close();
  const pick = (xs, k) => median(xs.map((x) => x[k]));
  const timed = (what, xs, k, limit) => row(`${what} (median of ${RUNS})`, ms(pick(xs, k)), `<= ${limit} ms`, verdict(pick(xs, k), limit));
  timed('First chart painted, cold', cold, 'chart', 500);
  timed('First chart painted, warm via service worker', warm, 'chart', 200);
  timed('Controls ready (the app has taken over), cold', cold, 'ready', 1000);
  timed('Controls ready, warm via service worker', warm, 'ready', 400);
  row(`First chart painted, cold, fast 4G (9 Mbit/s, 60 ms RTT) (median of ${RUNS})`, ms(pick(slow, 'chart')));
  timed('Controls ready, cold, fast 4G (9 Mbit/s, 60 ms RTT)', slow, 'ready', 2500);
}

async function slider(server) {
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  // The first view, in navigation order, that has a slider and a chart.
  const origin = new URL(server.baseURL).origin;
  let found = false;
  for (const p of await pagePaths(server.baseURL)) {
    const res = await page.goto(origin + p);
    if (!res || res.status() !== 200) continue;
    try {
      await page.waitForSelector('[data-drawn="true"] canvas', { timeout: 15000 });
    } catch { continue; }
    if (await page.locator('input[type=range]').count()) { found = true; break; }
  }
  if (!found) {
    row('Slider input to updated charts', 'no slider on any view', '<= 16 ms median', 'not measured');
    await browser.close();
    return;
  }
  // Moves are made on the app's own controls: a move made before the app
  // has taken over is replayed when it does, on a new element.
  await page.waitForFunction(() => document.documentElement.dataset.updateSeq !== undefined, null, { timeout: 30000 });
  await page.waitForTimeout(1000);
  const times = await page.evaluate(async (moves) => {
    const el = document.querySelector('input[type=range]');
    const min = Number(el.min || 0); const max = Number(el.max || 100);
    const seqOf = () => document.documentElement.dataset.updateSeq;
    const out = [];
    for (let i = 0; i < moves; i++) {
      const before = seqOf();
      const changed = new Promise((resolve) => {
        const obs = new MutationObserver(() => { if (seqOf() !== before) { obs.disconnect(); resolve(); } });
        obs.observe(document.documentElement, { attributes: true, attributeFilter: ['data-update-seq'] });
        setTimeout(() => { obs.disconnect(); resolve('timeout'); }, 5000);
      });
      const t0 = performance.now();
      el.value = String(min + ((i % 10) + 1) * (max - min) / 11);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      if (await changed === 'timeout') return null;
      out.push(performance.now() - t0);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
    return out;
  }, 50);
  await browser.close();
  if (!times) {
    row('Slider input to updated charts', 'no update signal (data-update-seq)', '<= 16 ms median', 'not measured');
    return;
  }
  row('Slider input to updated charts, median of 50 moves', ms(median(times)), '<= 16 ms', verdict(median(times), 16));
  row('Slider input to updated charts, p95 of 50 moves', ms(pct(times, 0.95)));
}

function goBench(label, env, pkg, benches, targets) {
  const args = ['test', '-run', '^$', '-bench', benches, '-count', quick ? '1' : '3', pkg];
  const res = spawnSync('go', args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (res.status !== 0) { row(`${label}: go test -bench failed`, res.stderr.slice(0, 200)); return; }
  const by = {};
  for (const m of res.stdout.matchAll(/^(Benchmark\S+?)(?:-\d+)?\s+\d+\s+([\d.]+) ns\/op/gm)) (by[m[1]] ||= []).push(Number(m[2]));
  for (const [name, ns] of Object.entries(by)) {
    const t = targets[name];
    const value = median(ns) / 1e6;
    row(`${label}: ${name}`, value < 1 ? `${(value * 1000).toFixed(1)} µs` : ms(value), t ? t.text : '', t ? verdict(value, t.ms) : '');
  }
}

function models() {
  goBench('Model (native)', {}, './app/model/', 'BenchmarkRun$|BenchmarkSolve$|BenchmarkMonteCarlo10k$',
    { BenchmarkRun: { text: '<= 50 µs', ms: 0.05 } });
  goBench('Model (wasm, Node)', { GOOS: 'js', GOARCH: 'wasm', PATH: `${execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim()}/lib/wasm:${process.env.PATH}` },
    './app/model/', 'BenchmarkRun$|BenchmarkMonteCarlo10k$',
    { BenchmarkMonteCarlo10k: { text: '<= 250 ms', ms: 250 } });
}

function wrk(url, label) {
  const secs = quick ? 5 : 10;
  const res = spawnSync('wrk', ['-t2', '-c64', `-d${secs}s`, '--latency', '-H', 'Accept-Encoding: br', url], { encoding: 'utf8' });
  if (res.status !== 0) { row(`Server ${label}: wrk failed`, (res.stderr || '').trim()); return null; }
  const out = res.stdout;
  const rps = Number(out.match(/Requests\/sec:\s+([\d.]+)/)[1]);
  const p99 = out.match(/^\s+99%\s+(\S+)/m)[1];
  const errs = (out.match(/Non-2xx or 3xx responses: (\d+)/) || [0, 0])[1];
  const sock = out.match(/Socket errors: (.*)/);
  return { rps, p99, errors: Number(errs) + (sock ? sock[1].match(/\d+/g).reduce((a, b) => a + Number(b), 0) : 0) };
}

async function load() {
  const server = await startGoServer({ quiet: true });
  for (const [path, label, target] of [['', 'page /', 15000], ['web/app.wasm', 'app.wasm', 0]]) {
    const r = wrk(server.baseURL + path, label);
    if (!r) continue;
    row(`Server ${label}: requests/s (wrk, 2 threads, 64 connections)`, r.rps.toFixed(0), target ? `>= ${target}` : '', target ? (r.rps >= target ? 'met' : `missed by ${((1 - r.rps / target) * 100).toFixed(0)}%`) : '');
    row(`Server ${label}: p99 latency`, r.p99);
    row(`Server ${label}: errors`, String(r.errors), '0', r.errors === 0 ? 'met' : 'missed');
  }
  await stopProcess(server);
}

function lighthouse(url) {
  for (const [preset, perfTarget] of [['mobile', 90], ['desktop', 98]]) {
    const args = [join(root, 'node_modules/lighthouse/cli/index.js'), url, '--output=json', '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo', `--chrome-path=${chromiumPath()}`,
      '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync'];
    if (preset === 'desktop') args.push('--preset=desktop');
    const res = spawnSync('node', args, { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (res.status !== 0) { row(`Lighthouse ${preset}: failed`, (res.stderr || '').trim().split('\n').pop()); continue; }
    const lhr = JSON.parse(res.stdout);
    const score = (c) => Math.round(lhr.categories[c].score * 100);
    row(`Lighthouse ${preset}: performance`, String(score('performance')), `>= ${perfTarget}`, score('performance') >= perfTarget ? 'met' : 'missed');
    for (const c of ['accessibility', 'best-practices', 'seo']) row(`Lighthouse ${preset}: ${c}`, String(score(c)), '100', score(c) === 100 ? 'met' : 'missed');
    const audit = (id) => lhr.audits[id].displayValue;
    row(`Lighthouse ${preset}: FCP / LCP / TBT / Speed Index`, `${audit('first-contentful-paint')} / ${audit('largest-contentful-paint')} / ${audit('total-blocking-time')} / ${audit('speed-index')}`);
    // The main thread's longest tasks, by the script they ran (attributed
    // by Lighthouse with its 4x CPU slowdown on mobile).
    const tasks = (lhr.audits['long-tasks']?.details?.items || []).slice(0, 4);
    if (tasks.length) row(`Lighthouse ${preset}: longest tasks`, tasks.map((t) => `${String(t.url || '').split('/').pop() || 'page'} ${Math.round(t.duration)} ms`).join(', '));
  }
}

// importFile imports a generated 1 MB deals CSV on the Ledger view and
// records the page's long tasks (over 50 ms, PerformanceObserver) from the
// file's choice until the import's result shows: the longest one is the
// longest the tab stays unresponsive.
async function importFile(server) {
  const { csv } = genDealsCSV(1 << 20);
  const longest = []; const totals = [];
  for (let i = 0; i < (quick ? 2 : 5); i++) {
    const browser = await launchBrowser();
    const page = await browser.context.newPage();
    await page.goto(new URL('ledger', server.baseURL).href);
    await page.waitForFunction(() => document.documentElement.dataset.updateSeq !== undefined, null, { timeout: 30000 });
    await page.evaluate(() => {
      window.__longTasks = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask' });
    });
    const t0 = Date.now();
    await page.setInputFiles('#import-file', { name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.waitForSelector('#import-status, #import-errors', { timeout: 120000 });
    totals.push(Date.now() - t0);
    await new Promise((r) => setTimeout(r, 300));
    longest.push(Math.max(0, ...await page.evaluate(() => window.__longTasks)));
    await browser.close();
  }
  row(`Import of a 1 MB deals CSV (5,748 deals): longest task, median of ${longest.length}`, ms(median(longest)), '<= 100 ms', verdict(median(longest), 100));
  row(`Import of a 1 MB deals CSV: choice to result, median of ${totals.length}`, ms(median(totals)), '<= 3000 ms', verdict(median(totals), 3000));
}

// --only=a,b runs only the named parts (load, startup, slider, import,
// models, server, lighthouse); without it every part runs.
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice('--only='.length).split(',')) : null;
const runs = (part) => !only || only.has(part);

const started = Date.now();
const server = await startGoServer();
try {
  if (runs('load')) await coldLoad(server);
  if (runs('startup')) await startup(server);
  if (runs('slider')) await slider(server);
  if (runs('import')) await importFile(server);
} finally {
  await stopProcess(server);
}
if (runs('models')) models();
if (runs('server')) await load();
if (runs('lighthouse')) {
  const lh = await startGoServer({ quiet: true });
  try { lighthouse(lh.baseURL); } finally { await stopProcess(lh); }
}

const w = [0, 0, 0, 0];
const cells = rows.map((r) => [r.what, r.value, r.target, r.ok]);
cells.unshift(['what', 'measured', 'target', 'verdict']);
for (const c of cells) c.forEach((v, i) => { w[i] = Math.max(w[i], String(v).length); });
const line = (c) => '| ' + c.map((v, i) => String(v).padEnd(w[i])).join(' | ') + ' |';
console.log(`\nCompute Ledger bench, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0].model}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8' }).trim()}, loopback\n`);
console.log(line(cells[0]));
console.log('|' + w.map((n) => '-'.repeat(n + 2)).join('|') + '|');
for (const c of cells.slice(1)) console.log(line(c));
console.log(`\n(${((Date.now() - started) / 1000).toFixed(0)} s)`);
