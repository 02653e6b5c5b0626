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
