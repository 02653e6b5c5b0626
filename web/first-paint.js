// Runs in the page's head, before the body is parsed, so that the first
// paint already has the layout the app will draw: the server pre-renders
// the scenario panel open (it cannot know the screen's width), and on a
// screen narrower than 900 px the app shows it closed (ScenarioPanel's
// OnInit, app/ui/scenario_panel.go). Closing it here, as soon as it is
// parsed, keeps the page from moving by the panel's height when the app
// takes over.
(function () {
  "use strict";
  if (!window.matchMedia || window.matchMedia("(min-width: 900px)").matches) {
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
