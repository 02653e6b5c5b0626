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
  var dark = root.dataset.theme === "dark" ||
    (root.dataset.theme !== "light" && window.matchMedia &&
      window.matchMedia("(prefers-color-scheme: dark)").matches);
  var charts = document.querySelectorAll(".echart[data-option]");
  for (var i = 0; i < charts.length; i++) {
    var el = charts[i];
    if (el.dataset.drawn === "true") {
      continue;
    }
    try {
      var bytes = Uint8Array.from(atob(el.dataset.option), function (c) { return c.charCodeAt(0); });
      var option = JSON.parse(new TextDecoder().decode(bytes));
      if (dark) {
        option.backgroundColor = "transparent";
      }
      window.echarts.init(el, dark ? "dark" : null, { renderer: "canvas" }).setOption(option);
      el.dataset.drawn = "true";
    } catch (err) {
      console.error("drawing the pre-rendered chart " + el.id + " failed:", err);
    }
  }
})();
