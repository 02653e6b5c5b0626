// A/B of two builds of the server, run interleaved so that the machine's
// noise falls on both alike: the median first chart painted and controls
// ready of fresh-profile visits, as `make bench` measures them. For a
// lever's effect, build the server before and after it:
//
//   node e2e/bench-ab.mjs /tmp/before /tmp/after [visits=8] [4g]
import { launchBrowser, startProcess, stopProcess } from './harness.mjs';
const [binA, binB, n = '8', net = ''] = process.argv.slice(2);
const start = async (bin) => { const p = await startProcess(bin, ['serve', '-addr', '127.0.0.1:0'], /serving (http:\/\/\S+)/); p.baseURL = p.match[1]; return p; };
const A = await start(binA), B = await start(binB);
const script = () => { const seen = () => { const root = document.documentElement; if (window.__c === undefined && !window.__s && document.querySelector('[data-drawn="true"] canvas')) { window.__s = 1; requestAnimationFrame(() => setTimeout(() => { window.__c = performance.now(); }, 0)); } if (window.__r === undefined && root.dataset.updateSeq !== undefined) window.__r = performance.now(); }; new MutationObserver(seen).observe(document, { subtree: true, childList: true, attributes: true }); };
const res = { A: { c: [], r: [] }, B: { c: [], r: [] } };
for (let i = 0; i < Number(n); i++) {
  for (const [k, s] of (i % 2 ? [['A', A], ['B', B]] : [['B', B], ['A', A]])) {
    const b = await launchBrowser(); const page = await b.context.newPage();
    if (net) { const cdp = await b.context.newCDPSession(page); await cdp.send('Network.enable'); await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 60, downloadThroughput: 9e6 / 8, uploadThroughput: 1.5e6 / 8 }); }
    await page.addInitScript(script); await page.goto(s.baseURL);
    await page.waitForFunction(() => window.__c !== undefined && window.__r !== undefined, null, { timeout: 60000 });
    const { c, r } = await page.evaluate(() => ({ c: window.__c, r: window.__r })); res[k].c.push(c); res[k].r.push(r); await b.close();
  }
}
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
for (const k of ['A', 'B']) console.log(k, 'chart', med(res[k].c).toFixed(0), 'ready', med(res[k].r).toFixed(0), JSON.stringify(res[k].r.map(Math.round)));
await stopProcess(A); await stopProcess(B);
