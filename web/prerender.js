// Draws the charts of a pre-rendered page as soon as ECharts has loaded,
// before the app's WebAssembly has arrived: the server renders each chart's
// option, base64-encoded UTF-8 JSON, into its container's data-option
// attribute with the same Go model the app runs. The app then takes the page over and draws its own charts
// in the same places.
//
// It also keeps what the reader does to the pre-rendered controls before
// the app has started (a slider moved, a number typed), by control id, so
// that the app applies it when it takes the page over instead of drawing
// fresh controls over it (computeLedger.replayEarlyInput).
(function () {
  "use strict";
  var registry = (window.computeLedger = window.computeLedger || {});
  var early = [];
  var note = function (ev) {
    var el = ev.target;
    if (!el || !el.id || !/^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName)) {
      return;
    }
    // A slider reports as it moves, the other controls when committed, as
    // the app listens to them.
    if ((el.type === "range") !== (ev.type === "input")) {
      return;
    }
    early = early.filter(function (e) { return e.id !== el.id; });
    early.push({ id: el.id, value: el.value, checked: el.checked, type: ev.type });
  };
  document.addEventListener("input", note, true);
  document.addEventListener("change", note, true);
  // legendAwareTips makes the axis tooltip that shows the tooltip series'
  // text (the "{b0}" template, app/chart/tooltip_text.go) leave out the
  // lines of the series the reader has hidden with the legend. ECharts
  // hands a tooltip formatter only the series on show, so a line named
  // after a legend entry missing from them is a hidden series' (an entry
  // whose series all keep out of the tooltip, such as a shaded band, never
  // is among them and so never counts as hidden). ECharts
  // escapes a template's text but not a function's: the text is escaped
  // here, its lines still broken with "\n" (white-space: pre-line).
  registry.legendAwareTips = function (option) {
    var legends = [].concat(option.legend || []);
    var series = [].concat(option.series || []);
    var inTooltip = {};
    series.forEach(function (s) {
      if (s && s.name && !(s.tooltip && s.tooltip.show === false)) {
        inTooltip[s.name] = true;
      }
    });
    var entries = {};
    legends.forEach(function (l) {
      (l.data || series).forEach(function (d) {
        var name = typeof d === "string" ? d : d && d.name;
        if (name && inTooltip[name]) {
          entries[name] = true;
        }
      });
    });
    [].concat(option.tooltip || []).forEach(function (t) {
      if (!t || t.formatter !== "{b0}") {
        return;
      }
      var template = t.formatter;
      t.formatter = function (params) {
        var list = [].concat(params || []);
        if (!list.length) {
          return "";
        }
        var shown = {};
        list.forEach(function (p) { shown[p.seriesName] = true; });
        return String(list[0].name || "").split("\n").filter(function (line) {
          var i = line.indexOf(": ");
          var name = i < 0 ? "" : line.slice(0, i);
          return !(entries[name] && !shown[name]);
        }).join("\n").replace(/[&<>"']/g, function (c) {
          return "&#" + c.charCodeAt(0) + ";";
        });
      };
      t.formatter.template = template;
    });
    return option;
  };
  // fitMedia applies the entry of an option's "media" list that fits a
  // chart widthPX wide (its query's minWidth to maxWidth, else the entry
  // without a query) and removes the list: the phone layout of
  // app/chart/phone_layout.go. ECharts would apply the list itself, but it
  // merges it with the app's replaceMerge setting, which then drops every
  // series and axis. A list of objects (grid, series) is merged item by
  // item, key by key; anything else is replaced.
  registry.fitMedia = function (option, widthPX) {
    var media = option.media;
    delete option.media;
    if (!Array.isArray(media)) {
      return option;
    }
    var fit = null;
    var fallback = null;
    media.forEach(function (m) {
      if (!m.query) {
        fallback = fallback || m;
      } else if (!fit && widthPX >= m.query.minWidth && widthPX <= m.query.maxWidth) {
        fit = m;
      }
    });
    fit = fit || fallback;
    if (!fit) {
      return option;
    }
    Object.keys(fit.option).forEach(function (key) {
      var v = fit.option[key];
      var old = option[key];
      if (Array.isArray(v) && Array.isArray(old)) {
        v.forEach(function (item, i) {
          if (old[i] && typeof old[i] === "object") {
            Object.keys(item).forEach(function (k) { old[i][k] = item[k]; });
          }
        });
      } else {
        option[key] = v;
      }
    });
    return option;
  };
  // replayEarlyInput stops keeping input and, once the app's own controls
  // are on the page, sets each kept value on the control with the same id
  // and sends it the event the reader's input sent, in the order made.
  registry.replayEarlyInput = function () {
    document.removeEventListener("input", note, true);
    document.removeEventListener("change", note, true);
    var list = early;
    early = [];
    registry.replayEarlyInput = function () {};
    setTimeout(function () {
      list.forEach(function (e) {
        var el = document.getElementById(e.id);
        if (!el) {
          return;
        }
        if (el.type === "checkbox" || el.type === "radio") {
          el.checked = e.checked;
        } else {
          el.value = e.value;
        }
        el.dispatchEvent(new Event(e.type, { bubbles: true }));
      });
    }, 0);
  };
})();

(function () {
  "use strict";
  if (!window.echarts) {
    return;
  }
  var root = document.documentElement;
  // The reader's theme choice (the app stores it under this key) applies
  // now rather than when the app starts; an embed page follows its address
  // instead (web/first-paint.js).
  var embed = !!document.querySelector(".embed-page");
  try {
    var choice = embed ? null : window.localStorage.getItem("computeledger.theme");
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
      // In the dark theme the app swaps the light palette for the dark one
      // (chart.ThemedOption); the server lists the pairs it swaps.
      var shown = json;
      if (dark && el.dataset.darkColors) {
        var pairs = el.dataset.darkColors.split(" ");
        for (var p = 0; p + 1 < pairs.length; p += 2) {
          shown = shown.split('"' + pairs[p] + '"').join('"' + pairs[p + 1] + '"');
        }
      }
      var option = registry.legendAwareTips(registry.fitMedia(JSON.parse(shown), el.clientWidth));
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
