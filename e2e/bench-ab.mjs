// A/B of two builds of the server, run interleaved so that the machine's
// noise falls on both alike: the median first chart painted and controls
// ready of fresh-profile visits, as `make bench` measures them. For a
// lever's effect, build the server before and after it:
//
//   node e2e/bench-ab.mjs /tmp/before /tmp/after [visits=8] [4g]
import { launchBrowser, startProcess, stopProcess } from './harness.mjs';
import { startupScript, startupTimes, fast4G } from './startup-marks.mjs';
const [binA, binB, n = '8', net = ''] = process.argv.slice(2);
const start = async (bin) => { const p = await startProcess(bin, ['serve', '-addr', '127.0.0.1:0'], /serving (http:\/\/\S+)/); p.baseURL = p.match[1]; return p; };
const A = await start(binA), B = await start(binB);
const res = { A: { chart: [], ready: [] }, B: { chart: [], ready: [] } };
for (let i = 0; i < Number(n); i++) {
  for (const [k, s] of (i % 2 ? [['A', A], ['B', B]] : [['B', B], ['A', A]])) {
    const b = await launchBrowser(); const page = await b.context.newPage();
    if (net) { const cdp = await b.context.newCDPSession(page); await cdp.send('Network.enable'); await cdp.send('Network.emulateNetworkConditions', fast4G); }
    await page.addInitScript(startupScript);
    const { chart, ready } = await startupTimes(page, () => page.goto(s.baseURL));
    res[k].chart.push(chart); res[k].ready.push(ready); await b.close();
  }
}
// The median, as make bench takes it (the mean of the middle two of an even count).
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
for (const k of ['A', 'B']) console.log(k, 'first chart', med(res[k].chart).toFixed(0), 'ms, controls ready', med(res[k].ready).toFixed(0), 'ms; each:', JSON.stringify(res[k].ready.map(Math.round)));
await stopProcess(A); await stopProcess(B);
