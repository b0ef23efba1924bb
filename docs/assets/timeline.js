// build-dossier timeline: turns each accessible event list (.timeline-list) into a visual
// timeline — a bar per year above, a rail with year marks below — and adds filters by actor and
// year where the page asks for them. Background events (recalled in passing, dated well before the
// sources: data-background="true") are drawn muted and, where there are filters, hidden until the
// reader ticks "Show background"; pages without that attribute work as before.
// Self-contained: no libraries, no requests.
(function () {
  var STATUS = ["happened", "planned", "did_not_happen", "background"];

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function setup(box, names) {
    var list = box.querySelector(".timeline-list");
    var overview = box.querySelector(".tl-overview");
    if (!list || box.dataset.ready) return;
    box.dataset.ready = "1";
    box.classList.add("tl-ready");
    var filters = (box.dataset.filters || "").split(" ");
    var byActor = filters.indexOf("actor") >= 0 && !!box.querySelector(".tl-controls");
    // Markdown puts the data attributes on each item's link; lift them onto the list item.
    Array.prototype.forEach.call(list.querySelectorAll("a[data-year]"), function (a) {
      var li = a.closest("li");
      ["year", "actors", "status", "precision", "background"].forEach(function (k) { li.dataset[k] = a.dataset[k] || ""; });
      li.classList.add("tl-item");
      if (li.dataset.background === "true") li.classList.add("tl-background");
      // Chips name who took part; on an actor's own page, everyone but that actor. Where the page
      // filters by actor, a chip is a button that shows only that actor's events.
      var who = (a.dataset.actors || "").split(" ").filter(function (id) { return id && id !== box.dataset.self; });
      if (who.length) {
        var chips = el("span", "tl-actors");
        if (!byActor) chips.setAttribute("aria-hidden", "true");
        who.slice(0, 4).forEach(function (id) {
          var chip = el(byActor ? "button" : "span", "tl-actor", names[id] || id);
          if (byActor) {
            chip.type = "button";
            chip.dataset.actor = id;
            chip.title = "Show only the events of " + (names[id] || id);
          }
          chips.appendChild(chip);
        });
        if (who.length > 4) chips.appendChild(el("span", "tl-actor more", "+" + (who.length - 4)));
        li.appendChild(chips);
      }
    });
    var items = Array.prototype.slice.call(list.querySelectorAll("li.tl-item"));
    var background = items.filter(isBackground);
    var state = { actor: "", year: "", background: true };
    // The years with events the reader can see: background years drop out while it is hidden.
    function yearsShown() {
      var ys = [];
      items.forEach(function (li) {
        var y = parseInt(li.dataset.year, 10);
        if (y && ys.indexOf(y) < 0 && (state.background || !isBackground(li))) ys.push(y);
      });
      return ys.sort(function (a, b) { return a - b; });
    }

    // Year marks on the rail, before the first item of each year.
    var marks = [];
    var lastYear = null;
    items.forEach(function (li) {
      var y = li.dataset.year || "undated";
      if (y === lastYear || box.classList.contains("compact")) return;
      lastYear = y;
      var mark = el("li", "tl-year-mark", y === "undated" ? "Date unresolved" : y);
      mark.setAttribute("aria-hidden", "true");
      mark.dataset.year = li.dataset.year || "";
      li.parentNode.insertBefore(mark, li);
      marks.push(mark);
    });

    var controls = box.querySelector(".tl-controls");
    var actorSel = null, yearSel = null, bgBox = null;
    if (controls && filters.indexOf("actor") >= 0) {
      var actorIds = {};
      items.forEach(function (li) { li.dataset.actors.split(" ").forEach(function (a) { if (a) actorIds[a] = (actorIds[a] || 0) + 1; }); });
      actorSel = el("select");
      actorSel.setAttribute("aria-label", "Filter by actor");
      actorSel.appendChild(new Option("All actors", ""));
      Object.keys(actorIds).sort(function (a, b) { return (names[a] || a).localeCompare(names[b] || b); })
        .forEach(function (a) { actorSel.appendChild(new Option((names[a] || a) + " (" + actorIds[a] + ")", a)); });
      yearSel = el("select");
      yearSel.setAttribute("aria-label", "Filter by year");
      [["Actor", actorSel], ["Year", yearSel]].forEach(function (pair) {
        var label = el("label", "", pair[0] + " ");
        label.appendChild(pair[1]);
        controls.appendChild(label);
      });
      if (background.length) {
        state.background = false;
        bgBox = el("input");
        bgBox.type = "checkbox";
        var bgLabel = el("label", "tl-bg-toggle");
        bgLabel.appendChild(bgBox);
        bgLabel.appendChild(document.createTextNode(" Show background (" + background.length + ")"));
        bgLabel.title = "Events the sources recall in passing, dated well before them";
        controls.appendChild(bgLabel);
        bgBox.addEventListener("change", function () {
          state.background = bgBox.checked;
          if (!state.background && state.year && !yearsShown().some(function (y) { return String(y) === state.year; })) state.year = "";
          apply();
        });
      }
      var reset = el("button", "tl-reset md-button", "Show all");
      reset.type = "button";
      reset.addEventListener("click", function () { state.actor = ""; state.year = ""; state.background = true; apply(); });
      controls.appendChild(reset);
      controls.appendChild(el("span", "tl-count"));
      controls.hidden = false;
      actorSel.addEventListener("change", function () { state.actor = actorSel.value; apply(); });
      list.addEventListener("click", function (event) {
        var chip = event.target.closest("button.tl-actor");
        if (chip) { state.actor = chip.dataset.actor; apply(); }
      });
      yearSel.addEventListener("change", function () { state.year = yearSel.value; apply(); });
    }

    // The overview: a bar per year with events, its height the number of events, stacked by
    // status. Gaps of more than two empty years are folded into one break, so that a colonial
    // period and last week's vote both fit; a long strip opens at its latest years.
    function drawOverview() {
      if (!overview) return;
      overview.innerHTML = "";
      var years = yearsShown();
      if (!years.length) return;
      var counts = {}, max = 1;
      items.forEach(function (li) {
        if (!shown(li, true)) return;
        var y = li.dataset.year;
        if (!y) return;
        counts[y] = counts[y] || { happened: 0, planned: 0, did_not_happen: 0, background: 0, all: 0 };
        var kind = isBackground(li) ? "background" : li.dataset.status;
        counts[y][STATUS.indexOf(kind) >= 0 ? kind : "happened"] += 1;
        counts[y].all += 1;
        max = Math.max(max, counts[y].all);
      });
      var prev = null;
      years.forEach(function (y) {
        if (prev !== null && y - prev > 1) {
          if (y - prev > 3) overview.appendChild(el("div", "tl-gap", "⋯"));
          else for (var e = prev + 1; e < y; e++) overview.appendChild(column(e, null, max));
        }
        overview.appendChild(column(y, counts[y], max));
        prev = y;
      });
      var active = overview.querySelector(".tl-col.active");
      overview.scrollLeft = active ? active.offsetLeft - overview.clientWidth / 2 : overview.scrollWidth;
    }
    function column(y, c, max) {
      var col = el("button", "tl-col" + (c ? "" : " empty") + (String(y) === state.year ? " active" : ""));
      col.type = "button";
      col.title = y + ": " + (c ? c.all : 0) + " event" + (c && c.all === 1 ? "" : "s");
      var bar = el("span", "tl-bar");
      bar.style.height = (c ? Math.max(8, Math.round(80 * c.all / max)) : 2) + "px";
      if (c) STATUS.forEach(function (s) {
        if (!c[s]) return;
        var seg = el("span", "tl-seg " + s);
        seg.style.flexGrow = c[s];
        bar.appendChild(seg);
      });
      col.appendChild(el("span", "tl-n", c ? String(c.all) : ""));
      col.appendChild(bar);
      col.appendChild(el("span", "tl-label", String(y)));
      col.addEventListener("click", function () {
        state.year = state.year === String(y) ? "" : String(y);
        apply();
      });
      return col;
    }
    function shown(li, ignoreYear) {
      var okActor = !state.actor || (" " + li.dataset.actors + " ").indexOf(" " + state.actor + " ") >= 0;
      var okYear = ignoreYear || !state.year || li.dataset.year === state.year;
      return okActor && okYear && (state.background || !isBackground(li));
    }
    function apply() {
      var n = 0;
      items.forEach(function (li) { li.hidden = !shown(li, false); if (!li.hidden) n += 1; });
      marks.forEach(function (mark) {
        var any = items.some(function (li) { return !li.hidden && (li.dataset.year || "") === mark.dataset.year; });
        mark.hidden = !any;
      });
      if (yearSel) {
        yearSel.innerHTML = "";
        yearSel.appendChild(new Option("All years", ""));
        yearsShown().reverse().forEach(function (y) { yearSel.appendChild(new Option(String(y), String(y))); });
      }
      if (actorSel) { actorSel.value = state.actor; yearSel.value = state.year; }
      if (bgBox) bgBox.checked = state.background;
      var count = box.querySelector(".tl-count");
      if (count) count.textContent = n + " of " + items.length + " events";
      drawOverview();
    }
    if (overview) {
      var legend = el("div", "tl-legend");
      legend.setAttribute("aria-hidden", "true");
      var keys = [["happened", "happened"], ["planned", "planned or expected"], ["did_not_happen", "did not happen"]];
      if (background.length) keys.push(["background", "background, recalled in passing"]);
      keys.forEach(function (pair) {
        var key = el("span", "tl-key");
        key.appendChild(el("span", "tl-seg " + pair[0]));
        key.appendChild(document.createTextNode(pair[1]));
        legend.appendChild(key);
      });
      overview.parentNode.insertBefore(legend, overview.nextSibling);
    }
    var params = new URLSearchParams(location.search);
    if (actorSel && params.get("actor")) state.actor = params.get("actor");
    if (params.get("year")) state.year = params.get("year");
    // A link to a background event's year (from its event page) shows the background.
    if (params.get("background") === "1" || background.some(function (li) { return li.dataset.year === state.year; })) {
      state.background = true;
    }
    apply();
  }

  function isBackground(li) { return li.dataset.background === "true"; }

  function setupAll() {
    var names = {};
    var data = document.querySelector(".timeline-names");
    if (data) { try { names = JSON.parse(data.textContent); } catch (e) { names = {}; } }
    Array.prototype.forEach.call(document.querySelectorAll(".timeline"), function (box) { setup(box, names); });
  }
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(setupAll);
  else document.addEventListener("DOMContentLoaded", setupAll);
})();
