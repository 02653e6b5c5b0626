// Compute Ledger service worker: precaches the app shell and every route so
// that after one visit every view opens and reloads offline.
const cacheName = "computeledger-{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};

self.addEventListener("install", (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

// precache fetches every resource, validated with the server ("no-cache"):
// what the page has just downloaded comes from the HTTP cache once the
// server says it is current, instead of being downloaded again. A
// redirected response (a static server sending /x/ledger to /x/ledger/) is
// stored as a plain one, since a browser refuses a redirected response for
// a navigation.
async function precache() {
  const cache = await caches.open(cacheName);
  await Promise.all(
    resourcesToCache.map(async (url) => {
      const response = await fetch(url, { cache: "no-cache" });
      if (!response.ok) {
        throw new Error("precaching " + url + " failed: HTTP " + response.status);
      }
      await cache.put(url, response.redirected ? await unredirect(response) : response);
    })
  );
}

async function unredirect(response) {
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

// The worker does not claim open pages: a page is controlled from its next
// load on, which works offline already. Claiming would make go-app's page
// script take a first install for an update and offer a needless reload.
self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      await Promise.all(
        keys.filter((k) => k !== cacheName).map((k) => caches.delete(k))
      );
    })()
  );
});

self.addEventListener("fetch", (event) => {
  if (event.request.method !== "GET") {
    return;
  }
  event.respondWith(respond(event.request));
});

async function respond(request) {
  const cache = await caches.open(cacheName);
  if (request.mode === "navigate") {
    // A view's state lives in its query string: any query opens the same
    // cached page, which then reads the query itself.
    const page = await matchPage(cache, new URL(request.url));
    if (page) {
      return page;
    }
    // Not one of the site's pages: ask the network, and offline show the
    // site's own not-found page.
    try {
      return await fetch(request);
    } catch (err) {
      const notFound = await cache.match(new URL("404.html", self.registration.scope).href);
      if (notFound) {
        return notFound;
      }
      throw err;
    }
  } else {
    // Assets are precached under versioned URLs (app.css?v=...); the app
    // also asks for them without the version.
    const cached = await cache.match(request, { ignoreSearch: true });
    if (cached) {
      return cached;
    }
  }
  return fetch(request);
}

async function matchPage(cache, url) {
  const candidates = [url.pathname];
  if (url.pathname.endsWith("/index.html")) {
    candidates.push(url.pathname.slice(0, -"index.html".length));
  }
  if (url.pathname.length > 1 && url.pathname.endsWith("/")) {
    candidates.push(url.pathname.slice(0, -1));
  } else {
    candidates.push(url.pathname + "/");
  }
  for (const path of candidates) {
    const hit = await cache.match(new URL(path, url.origin).href, { ignoreSearch: true });
    if (hit) {
      return hit;
    }
  }
  return undefined;
}
