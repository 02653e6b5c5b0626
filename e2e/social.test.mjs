// Social previews: every view's pre-rendered page, from the Go server and
// from the static build under /sub/ (nginx), carries its Open Graph and
// Twitter card tags, and its og:image is a 1200x630 PNG the browser loads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, startGoServer, startNginx, stopProcess } from './harness.mjs';
import { views, viewURL } from './explorer-helpers.mjs';

// previewTags returns the <meta> tags of the social networks, by property
// or name, in the page as the site sends it to a crawler (which runs no
// WebAssembly): once the app runs, go-app keeps og:url in step with the
// address bar, query included.
async function previewTags(page, url) {
  return page.evaluate(async (u) => {
    const html = await (await fetch(u, { cache: 'no-store' })).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const out = {};
    for (const m of doc.head.querySelectorAll('meta')) {
      const key = m.getAttribute('property') || m.getAttribute('name') || '';
      if (key.startsWith('og:') || key.startsWith('twitter:')) {
        out[key] = out[key] === undefined ? m.getAttribute('content') : 'DUPLICATE';
      }
    }
    out.title = doc.title;
    return out;
  }, url);
}

// imageSize loads a URL as an image in the page and returns its natural
// size and the response's Content-Type.
async function imageSize(page, url) {
  return page.evaluate(async (u) => {
    const res = await fetch(u);
    const img = new Image();
    img.src = URL.createObjectURL(await res.blob());
    await img.decode();
    return { type: res.headers.get('content-type'), width: img.naturalWidth, height: img.naturalHeight };
  }, url);
}

// checkSite opens every view of a site and checks its tags and image;
// absolute says whether og:url must be the page's own absolute address.
async function checkSite(t, baseURL, absolute) {
  const browser = await launchBrowser();
  t.after(() => browser.close());
  const page = await browser.context.newPage();
  const descriptions = new Set();
  for (const v of views) {
    const url = viewURL(baseURL, v.path);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const tags = await previewTags(page, url);
    const where = `/${v.path}`;
    assert.equal(tags['og:type'], 'website', where);
    assert.equal(tags['twitter:card'], 'summary_large_image', where);
    assert.equal(tags['og:image:width'], '1200', where);
    assert.equal(tags['og:image:height'], '630', where);
    assert.equal(tags['twitter:image'], tags['og:image'], where);
    assert.equal(tags['twitter:title'], tags['og:title'], where);
    assert.equal(tags['og:title'], tags.title, where);
    assert.ok(tags['og:description'] && !descriptions.has(tags['og:description']), `${where}: og:description missing or not the view's own`);
    descriptions.add(tags['og:description']);
    assert.ok(tags['og:image:alt'], `${where}: og:image:alt`);
    const pageURL = new URL(url);
    if (absolute) {
      assert.equal(tags['og:url'], pageURL.href, where);
      assert.match(tags['og:image'], /^http:\/\//, where);
    } else {
      assert.equal(new URL(tags['og:url'], pageURL).href, pageURL.href, where);
    }
    const image = new URL(tags['og:image'], pageURL).href;
    assert.ok(image.startsWith(new URL('og/', baseURL.endsWith('/') ? baseURL : `${baseURL}/`).href), `${where}: og:image ${image} is not under og/`);
    const size = await imageSize(page, image);
    assert.deepEqual(size, { type: 'image/png', width: 1200, height: 630 }, `${where}: ${image}`);
  }
}

test('the Go server writes every view\'s preview tags with absolute URLs and serves its image', async (t) => {
  const server = await startGoServer();
  t.after(() => stopProcess(server));
  await checkSite(t, server.baseURL, true);
});

test('the static build under /sub/ has every view\'s preview tags and image', async (t) => {
  const server = await startNginx();
  t.after(() => stopProcess(server));
  await checkSite(t, server.baseURL, false);
});
