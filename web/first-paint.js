// Runs in the page's head, before the body is parsed, so that the first
// paint already has the layout the app will draw: the server pre-renders
// the scenario panel open (it cannot know the screen's width), and on a
// screen narrower than 900 px the app shows it closed (ScenarioPanel's
// OnInit, app/ui/scenario_panel.go). Closing it here, as soon as it is
// parsed, keeps the page from moving by the panel's height when the app
// takes over.
//
// It also keeps the view's first chart in sight when the controls open on
// a narrow screen (below).
(function () {
  "use strict";
  if (!window.matchMedia) {
    return;
  }
  // Under 900 px the controls are a bottom sheet over the lower part of
  // the screen (web/app.css). Opening it brings the view's first chart to
  // the top of the screen, above the sheet, so that the reader sees what
  // each control does while moving it.
  document.addEventListener("toggle", function (ev) {
    var panel = ev.target;
    if (!panel.matches || !panel.matches("details.controls") || !panel.open ||
      window.matchMedia("(min-width: 900px)").matches) {
      return;
    }
    var chart = document.querySelector("main .content .echart");
    if (!chart) {
      return;
    }
    var card = chart.closest(".chart-card") || chart;
    window.scrollBy(0, card.getBoundingClientRect().top - 8);
  }, true);
  if (window.matchMedia("(min-width: 900px)").matches) {
    return;
  }
  var close = function () {
    var panel = document.querySelector("details.controls");
    if (panel) {
      panel.open = false;
      return true;
    }
    return false;
  };
  var obs = new MutationObserver(function () {
    if (close()) {
      obs.disconnect();
    }
  });
  obs.observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", function () {
    close();
    obs.disconnect();
  });
})();

// An embed page (/embed/<view>) follows the theme its address names
// (?theme=light or dark), else the system's, whatever the reader chose on
// the site itself: set here, before the body is parsed, so that the first
// paint has it (app/ui/embed_page.go does the same once the app runs).
(function () {
  "use strict";
  if (!/\/embed\/[a-z]+(\/|\.html|\/index\.html)?$/.test(window.location.pathname)) {
    return;
  }
  var theme = new URLSearchParams(window.location.search).get("theme");
  if (theme === "light" || theme === "dark") {
    document.documentElement.setAttribute("data-theme", theme);
  }
})();

// A browser that denies the page storage (a page of another site framing
// an embed page, with third-party storage blocked) throws on every read of
// window.localStorage, and go-app reads it as its engine starts: in a
// property read, the exception ends app.wasm. Such a page gets storage
// that lives as long as the page instead, as if it were empty.
(function () {
  "use strict";
  var memoryStorage = function () {
    var items = new Map();
    return {
      get length() { return items.size; },
      key: function (i) { var k = Array.from(items.keys())[i]; return k === undefined ? null : k; },
      getItem: function (k) { return items.has(String(k)) ? items.get(String(k)) : null; },
      setItem: function (k, v) { items.set(String(k), String(v)); },
      removeItem: function (k) { items.delete(String(k)); },
      clear: function () { items.clear(); },
    };
  };
  ["localStorage", "sessionStorage"].forEach(function (name) {
    try {
      if (window[name]) {
        return;
      }
    } catch (err) {
      // Denied: replaced below.
    }
    try {
      Object.defineProperty(window, name, { value: memoryStorage(), configurable: true });
    } catch (err) {
      console.error("storage is denied and could not be replaced:", err);
    }
  });
})();
