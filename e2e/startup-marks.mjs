// The moments `make bench` and e2e/bench-ab.mjs measure a page load by.

// startupScript records, in the page, two moments from navigation
// (performance.now()): __firstChartMs, the frame after the first chart is
// drawn (its canvas in a container marked data-drawn="true", then a frame
// and a task, so that the frame holding it has been produced), and
// __readyMs, when the app has taken the page over (its own update signal,
// data-update-seq on the root element, first set).
export const startupScript = () => {
  // The root element is looked up each time: the one there when this
  // script runs is not the parsed page's.
  const seen = () => {
    const root = document.documentElement;
    if (window.__firstChartMs === undefined && !window.__chartSeen && document.querySelector('[data-drawn="true"] canvas')) {
      window.__chartSeen = true;
      requestAnimationFrame(() => setTimeout(() => { window.__firstChartMs = performance.now(); }, 0));
    }
    if (window.__readyMs === undefined && root.dataset.updateSeq !== undefined) window.__readyMs = performance.now();
  };
  new MutationObserver(seen).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-drawn', 'data-update-seq'] });
};

// startupTimes navigates (go) and returns the first chart's and the
// ready moment, in ms from navigation.
export async function startupTimes(page, go) {
  await go();
  await page.waitForFunction(() => window.__firstChartMs !== undefined && window.__readyMs !== undefined, null, { timeout: 60000 });
  return page.evaluate(() => ({ chart: window.__firstChartMs, ready: window.__readyMs }));
}

// fast4G is Chromium DevTools' "Fast 4G": 9 Mbit/s down, 1.5 Mbit/s up,
// 60 ms round trip.
export const fast4G = { offline: false, latency: 60, downloadThroughput: 9e6 / 8, uploadThroughput: 1.5e6 / 8 };
