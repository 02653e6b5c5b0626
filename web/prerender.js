// Draws the charts of a pre-rendered page as soon as ECharts has loaded,
// before the app's WebAssembly has arrived: the server renders each chart's
// option, base64-encoded UTF-8 JSON, into its container's data-option
// attribute with the same Go model the app runs. The app then takes the page over and draws its own charts
// in the same places.
(function () {
  "use strict";
  if (!window.echarts) {
    return;
  }
  var root = document.documentElement;
  // The reader's theme choice (the app stores it under this key) applies
  // now rather than when the app starts.
  try {
    var choice = window.localStorage.getItem("computeledger.theme");
    if (choice === "light" || choice === "dark") {
      root.setAttribute("data-theme", choice);
    }
  } catch (err) {
    // Storage may be disabled; the app falls back to the system theme too.
  }
  var dark = root.dataset.theme === "dark" ||
    (root.dataset.theme !== "light" && window.matchMedia &&
      window.matchMedia("(prefers-color-scheme: dark)").matches);
  var registry = (window.computeLedger = window.computeLedger || {});
  registry.prerendered = registry.prerendered || {};
  var charts = document.querySelectorAll(".echart[data-option]");
  for (var i = 0; i < charts.length; i++) {
    var el = charts[i];
    if (el.dataset.drawn === "true") {
      continue;
    }
    try {
      var bytes = Uint8Array.from(atob(el.dataset.option), function (c) { return c.charCodeAt(0); });
      var json = new TextDecoder().decode(bytes);
      var option = JSON.parse(json);
      option.backgroundColor = "transparent"; // as the app draws it
      // The chart lives in an inner element that the app can move into its
      // own container.
      var holder = document.createElement("div");
      holder.className = "echart-holder";
      holder.style.width = "100%";
      holder.style.height = "100%";
      el.appendChild(holder);
      window.echarts.init(holder, dark ? "dark" : null, { renderer: "canvas" }).setOption(option);
      el.dataset.drawn = "true";
      registry.prerendered[el.id] = { holder: holder, theme: dark ? "dark" : "", optionJSON: json };
    } catch (err) {
      console.error("drawing the pre-rendered chart " + el.id + " failed:", err);
    }
  }
})();
