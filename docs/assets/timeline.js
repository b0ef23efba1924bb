// build-dossier timeline: draws one column per year from the accessible event list on the page
// and adds filters by actor and year. Self-contained: no libraries, no requests.
(function () {
  function setup() {
    var list = document.querySelector(".timeline-list");
    var visual = document.getElementById("timeline-visual");
    var controls = document.getElementById("timeline-controls");
    if (!list || !visual || !controls || visual.dataset.ready) return;
    visual.dataset.ready = "1";
    // Markdown puts the data attributes on each item's link; lift them onto the list item.
    Array.prototype.forEach.call(list.querySelectorAll("a[data-year]"), function (a) {
      var li = a.closest("li");
      ["year", "actors", "status"].forEach(function (k) { li.dataset[k] = a.dataset[k]; });
    });
    var items = Array.prototype.slice.call(list.querySelectorAll("li[data-year]"));
    var names = JSON.parse((document.getElementById("timeline-names") || {}).textContent || "{}");
    var years = items.map(function (li) { return parseInt(li.dataset.year, 10); }).filter(function (y) { return y; });
    if (!years.length) return;
    var lo = Math.min.apply(null, years), hi = Math.max.apply(null, years);
    var state = { actor: "", year: "" };

    var actorIds = {};
    items.forEach(function (li) { (li.dataset.actors || "").split(" ").forEach(function (a) { if (a) actorIds[a] = 1; }); });
    var actorSel = document.createElement("select");
    actorSel.setAttribute("aria-label", "Filter by actor");
    actorSel.innerHTML = '<option value="">All actors</option>' + Object.keys(actorIds).sort(function (a, b) {
      return (names[a] || a).localeCompare(names[b] || b);
    }).map(function (a) { return '<option value="' + a + '">' + (names[a] || a) + "</option>"; }).join("");
    var yearSel = document.createElement("select");
    yearSel.setAttribute("aria-label", "Filter by year");
    var opts = '<option value="">All years</option>';
    for (var y = hi; y >= lo; y--) if (years.indexOf(y) >= 0) opts += '<option value="' + y + '">' + y + "</option>";
    yearSel.innerHTML = opts;
    [["Actor", actorSel], ["Year", yearSel]].forEach(function (pair) {
      var label = document.createElement("label");
      label.textContent = pair[0] + " ";
      label.appendChild(pair[1]);
      controls.appendChild(label);
    });
    controls.hidden = false;

    function draw() {
      visual.innerHTML = "";
      // Long spans (colonial rule, 1910) would squeeze recent years: show every year from the
      // earliest event when the span is short, otherwise only years that have events.
      var span = hi - lo <= 40;
      for (var y = lo; y <= hi; y++) {
        var inYear = items.filter(function (li) { return parseInt(li.dataset.year, 10) === y && !li.hidden; });
        if (!span && !inYear.length) continue;
        var col = document.createElement("div");
        col.className = "tl-year" + (inYear.length ? "" : " empty") + (String(y) === state.year ? " active" : "");
        col.title = y + ": " + inYear.length + " event(s)";
        col.dataset.year = y;
        var label = document.createElement("span");
        label.className = "tl-label";
        label.textContent = y;
        col.appendChild(label);
        inYear.forEach(function (li) {
          var dot = document.createElement("a");
          dot.className = "tl-dot " + (li.dataset.status || "");
          var link = li.querySelector("a");
          if (link) { dot.href = link.getAttribute("href"); dot.title = li.textContent.trim(); }
          col.appendChild(dot);
        });
        col.addEventListener("click", function (ev) {
          if (ev.target.tagName === "A") return;
          state.year = state.year === this.dataset.year ? "" : this.dataset.year;
          yearSel.value = state.year;
          apply();
        });
        visual.appendChild(col);
      }
    }
    function apply() {
      items.forEach(function (li) {
        var okActor = !state.actor || (" " + li.dataset.actors + " ").indexOf(" " + state.actor + " ") >= 0;
        var okYear = !state.year || li.dataset.year === state.year;
        li.hidden = !(okActor && okYear);
      });
      draw();
    }
    actorSel.addEventListener("change", function () { state.actor = actorSel.value; apply(); });
    yearSel.addEventListener("change", function () { state.year = yearSel.value; apply(); });
    var params = new URLSearchParams(location.search);
    if (params.get("actor")) { state.actor = params.get("actor"); actorSel.value = state.actor; }
    apply();
  }
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(setup);
  else document.addEventListener("DOMContentLoaded", setup);
})();
