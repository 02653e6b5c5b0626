import { launchBrowser, startGoServer, stopProcess } from './harness.mjs';
const server = await startGoServer();
for (let run = 0; run < 4; run++) {
const browser = await launchBrowser();
const page = await browser.context.newPage();
await page.addInitScript(() => {
  window.__log = [];
  let last = null;
  const check = (why) => {
    const el = document.getElementById('ctl-share-range');
    if (el !== last) { window.__log.push(`${Math.round(performance.now())} ${why} new share-range seq=${document.documentElement.dataset.updateSeq} body=${document.body && document.body.firstElementChild && document.body.firstElementChild.tagName}`); last = el; }
  };
  new MutationObserver(() => check('mut')).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-update-seq'] });
});
await page.goto(server.baseURL);
await page.waitForTimeout(5000);
console.log((await page.evaluate(() => window.__log)).join('\n'), '\n---');
await browser.close();
}
await stopProcess(server);
