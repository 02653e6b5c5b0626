import { launchBrowser, startGoServer, stopProcess } from './harness.mjs';
const server = await startGoServer();
const browser = await launchBrowser();
const page = await browser.context.newPage();
await page.goto(server.baseURL);
await page.waitForFunction(() => document.documentElement.dataset.updateSeq !== undefined);
const seq0 = await page.evaluate(() => document.documentElement.dataset.updateSeq);
await page.waitForTimeout(3000);
const r = await page.evaluate(async () => {
  const out = [document.documentElement.dataset.updateSeq];
  for (const id of ['ctl-as_of-range', 'ctl-kw_per_acc-range', 'ctl-share-range']) {
    const el = document.getElementById(id); if (!el) { out.push(id + ' missing'); continue; }
    for (let i = 0; i < 5; i++) {
      el.value = String(Number(el.min) + (i + 1) * (Number(el.max) - Number(el.min)) / 7);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 100));
      out.push(`${id} move ${i} value ${el.value} connected ${el.isConnected}`);
    }
  }
  return out;
});
console.log(seq0, r.join('\n'));
await browser.close(); await stopProcess(server);
