// Shared set-up for the browser suite: Chromium, the Go server and a plain
// static server, each started on a free loopback port and stopped after.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const screenshotDir = join(root, 'e2e', 'screenshots');

// chromiumPath returns $CHROME_BIN or the chromium on PATH.
export function chromiumPath() {
  if (process.env.CHROME_BIN) return process.env.CHROME_BIN;
  return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
}

// launchBrowser starts headless Chromium with a fresh profile and no
// background networking (the machine has no network beyond loopback).
// opts.locale sets the browser's language and formats ("en-US").
export async function launchBrowser(opts = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'computeledger-e2e-'));
  const browser = await chromium.launchPersistentContext(profile, {
    ...(opts.locale ? { locale: opts.locale } : {}),
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  return {
    context: browser,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// startProcess runs cmd and resolves once a line of its output matches re,
// with the match; it rejects if the process exits first or after 20 s.
export function startProcess(cmd, args, re, opts = {}) {
  return new Promise((resolve, reject) => {
    const { quietStderr, ...spawnOpts } = opts;
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', quietStderr ? 'ignore' : 'pipe'], ...spawnOpts });
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${cmd} did not start within 20 s; output:\n${out}`));
    }, 20000);
    const onData = (chunk) => {
      out += chunk;
      const m = out.match(re);
      if (m) {
        clearTimeout(timer);
        resolve({ child, match: m, output: () => out });
      }
    };
    child.stdout.on('data', onData);
    if (child.stderr) child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${cmd} exited with ${code} before it was ready; output:\n${out}`));
    });
  });
}

// stopProcess ends a started process and waits for it.
export async function stopProcess(p) {
  if (!p || p.child.exitCode !== null) return;
  const exited = new Promise((r) => p.child.once('exit', r));
  p.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (p.child.exitCode === null) p.child.kill('SIGKILL');
}

// startGoServer serves the explorer with the Go server, on a free port
// unless opts.addr names one, from opts.webDir (default web/), under
// opts.prefix (default the root). With
// opts.quiet its access log is discarded (a load test would otherwise
// measure how fast the log is read).
export async function startGoServer(opts = {}) {
  const args = ['serve', '-addr', opts.addr || '127.0.0.1:0'];
  if (opts.webDir) args.push('-web', opts.webDir);
  if (opts.prefix) args.push('-prefix', opts.prefix);
  const p = await startProcess(join(root, 'bin', 'computeledger'), args, /serving (http:\/\/\S+)/,
    { quietStderr: !!opts.quiet });
  p.baseURL = p.match[1];
  return p;
}

// freePort returns a loopback port that was free a moment ago.
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

// startNginx serves e2e/.site (which holds the build at /sub/) with nginx
// from Debian, configured as a plain static host: try the file, then
// file.html, then file/index.html, and the build's 404.html for anything
// else (the recipe in the README), with the security headers of the
// nginx.conf the build writes beside its pages.
export async function startNginx() {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'computeledger-nginx-'));
  const conf = join(dir, 'nginx.conf');
  // As root, nginx's workers would drop to "nobody", who may not read a
  // checkout in a private temporary directory.
  const user = process.getuid && process.getuid() === 0 ? 'user root;' : '';
  const built = join(root, 'e2e', '.site', 'sub', 'nginx.conf');
  const locations = existsSync(built) ? `include ${built};`
    : 'location /sub/ { try_files $uri $uri.html $uri/index.html =404; error_page 404 /sub/404.html; }';
  writeFileSync(conf, `
${user}
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  types { application/manifest+json webmanifest; }
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  gzip_static on;
  server {
    listen 127.0.0.1:${port};
    root ${join(root, 'e2e', '.site')};
    ${locations}
  }
}
`);
  const nginx = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
  const child = spawn(nginx, ['-c', conf, '-e', join(dir, 'error.log')], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  const p = { child, baseURL: `http://127.0.0.1:${port}/sub/`, dir };
  // nginx prints nothing when ready: wait until it answers.
  let last = 'no answer';
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}: ${readFileSync(join(dir, 'error.log'), 'utf8')}`);
    try {
      const res = await fetch(p.baseURL);
      if (res.ok) return p;
      last = `HTTP ${res.status}`;
    } catch (err) { last = err.message; }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`nginx did not serve ${p.baseURL} within 10 s (${last}): ${readFileSync(join(dir, 'error.log'), 'utf8')}`);
}

// pagePaths returns the URL of every view's page of a site, read from the
// list its service worker precaches (pages are the entries that are
// neither files nor web assets). The embed pages, which show one chart of
// a view without the rest of the page, are left out (e2e/embed.test.mjs
// tests them).
export async function pagePaths(baseURL) {
  const worker = await (await fetch(new URL('app-worker.js', baseURL))).text();
  const list = JSON.parse(worker.match(/const resourcesToCache = (\[.*\]);/)[1]);
  return list.filter((u) => !u.includes('/web/') && !u.includes('/embed/') && !/\.[a-z]+$/.test(u)).sort();
}

// startStaticServer serves e2e/.site (which holds the build at /sub/) with
// Python's plain http.server.
export async function startStaticServer() {
  const p = await startProcess('python3', ['-u', '-m', 'http.server', '--bind', '127.0.0.1', '0'],
    /Serving HTTP on \S+ port (\d+)/, { cwd: join(root, 'e2e', '.site') });
  p.baseURL = `http://127.0.0.1:${p.match[1]}/sub/`;
  return p;
}

// accessLog returns the GET requests in a Go server's access log output
// (startGoServer's output()), in order: path (without the query), status
// and the bytes of the body sent.
export function accessLog(output) {
  return [...output.matchAll(/msg=request method=GET path=(\S+) status=(\d+) bytes=(\d+)/g)]
    .map(([, path, status, bytes]) => ({ path, status: Number(status), bytes: Number(bytes) }));
}

// watchErrors collects console errors and uncaught exceptions of a page.
export function watchErrors(page) {
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return errors;
}

// waitForChart waits until the chart with the DOM id has been drawn by
// ECharts (a canvas inside its container) and returns the canvas size.
export async function waitForChart(page, id) {
  const sel = `#${id}[data-drawn="true"] canvas`;
  await page.waitForSelector(sel, { timeout: 20000 });
  return page.$eval(sel, (c) => ({ width: c.width, height: c.height }));
}

// waitForWorker waits until the service worker is active, then reloads so
// that it controls the page. The worker activates only after it has cached
// every resource, so an active worker means the site works offline.
export async function waitForWorker(page) {
  // Polled from here: waitForFunction would take the pending promise of an
  // async predicate for a truthy answer.
  const deadline = Date.now() + 30000;
  for (;;) {
    const active = await page.evaluate(async () => {
      const reg = navigator.serviceWorker && await navigator.serviceWorker.getRegistration();
      return !!(reg && reg.active && reg.active.state === 'activated');
    });
    if (active) break;
    if (Date.now() > deadline) throw new Error('no service worker activated within 30 s');
    await page.waitForTimeout(100);
  }
  await page.reload();
  return page.evaluate(() => navigator.serviceWorker.controller !== null);
}

// screenshot saves a full-page PNG at the given width.
export async function screenshot(page, name, width) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
  await page.waitForTimeout(300); // let ECharts redraw at the new size
  await page.screenshot({ path: join(screenshotDir, `${name}-${width}.png`), fullPage: true });
}
