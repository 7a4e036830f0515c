/* Call page: entity-type filter, audio seeking, reviewer marks and their JSON export.
   Marks are kept in memory only (no storage APIs): a "missed PII" mark holds PII, and the
   exported file is the one place the reviewer chooses to keep it. */
(function () {
  "use strict";
  var main = document.getElementById("main");
  var callId = main.getAttribute("data-call-id");
  var pageStem = main.getAttribute("data-page");
  var audio = document.getElementById("audio");
  var turns = Array.prototype.slice.call(document.querySelectorAll(".turns .turn"));

  /* ---- filter by entity type ---- */
  var active = [];
  var filterButtons = Array.prototype.slice.call(document.querySelectorAll("[data-filter-type]"));
  var filterStatus = document.getElementById("filter-status");

  function typesOf(el) {
    return (el.getAttribute("data-types") || "").split(" ").filter(Boolean);
  }
  function anyActive(types) {
    return types.some(function (t) { return active.indexOf(t) !== -1; });
  }
  function applyFilter() {
    var shown = 0;
    turns.forEach(function (turn) {
      var visible = active.length === 0 || anyActive(typesOf(turn));
      turn.hidden = !visible;
      if (visible) { shown += 1; }
    });
    document.querySelectorAll(".turns .chip").forEach(function (chip) {
      var hit = active.length > 0 && anyActive(typesOf(chip));
      chip.classList.toggle("hit", hit);
      chip.classList.toggle("dim", active.length > 0 && !hit);
    });
    filterButtons.forEach(function (b) {
      b.setAttribute("aria-pressed", String(active.indexOf(b.getAttribute("data-filter-type")) !== -1));
    });
    filterStatus.textContent = active.length === 0
      ? "Showing all " + turns.length + " turns"
      : "Showing " + shown + " of " + turns.length + " turns with " + active.join(", ");
  }
  filterButtons.forEach(function (button) {
    button.addEventListener("click", function () {
      var type = button.getAttribute("data-filter-type");
      var at = active.indexOf(type);
      if (at === -1) { active.push(type); } else { active.splice(at, 1); }
      applyFilter();
    });
  });
  document.getElementById("filter-clear").addEventListener("click", function () {
    active = [];
    applyFilter();
  });

  /* ---- audio: a turn plays from its start ---- */
  function seek(seconds) {
    if (!audio || !isFinite(seconds)) { return; }
    audio.currentTime = seconds;
    var playing = audio.play();
    if (playing && playing.catch) { playing.catch(function () { /* blocked or no device */ }); }
  }
  function selectionInside(el) {
    var sel = window.getSelection();
    return sel && !sel.isCollapsed && sel.rangeCount > 0 && el.contains(sel.getRangeAt(0).commonAncestorContainer);
  }
  turns.forEach(function (turn) {
    if (!turn.hasAttribute("data-start") || !audio) { return; }
    var start = Number(turn.getAttribute("data-start"));
    turn.addEventListener("click", function (ev) {
      if (ev.target.closest("button, a, input, select, textarea") || selectionInside(turn)) { return; }
      seek(start);
    });
    turn.addEventListener("keydown", function (ev) {
      if (ev.target === turn && (ev.key === "Enter" || ev.key === " ")) {
        ev.preventDefault();
        seek(start);
      }
    });
  });
  document.querySelectorAll(".seek-btn").forEach(function (button) {
    button.addEventListener("click", function () { seek(Number(button.getAttribute("data-seek"))); });
  });
  if (audio) {
    audio.addEventListener("timeupdate", function () {
      var now = audio.currentTime;
      turns.forEach(function (turn) {
        var s = Number(turn.getAttribute("data-start"));
        var e = Number(turn.getAttribute("data-end"));
        turn.classList.toggle("playing", turn.hasAttribute("data-start") && turn.hasAttribute("data-end") && now >= s && now < e);
      });
    });
  }

  /* ---- reviewer marks ---- */
  var marks = [];
  var unexported = false;
  var dialog = document.getElementById("mark-dialog");
  var form = document.getElementById("mark-form");
  var titleEl = document.getElementById("mark-title");
  var helpEl = document.getElementById("mark-help");
  var textEl = document.getElementById("mark-text");
  var typeEl = document.getElementById("mark-type");
  var noteEl = document.getElementById("mark-note");
  var list = document.getElementById("mark-list");
  var countEl = document.getElementById("mark-count");
  var exportButton = document.getElementById("export");
  var pending = null;
  var snapshot = null;

  var LABELS = { missed_pii: "missed PII", not_pii: "not PII" };

  function selectedTextIn(turn) {
    var sel = window.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) { return ""; }
    var node = sel.getRangeAt(0).commonAncestorContainer;
    return turn.querySelector(".turn-text").contains(node) || turn.querySelector(".turn-text") === node
      ? sel.toString().replace(/\s+/g, " ").trim() : "";
  }

  function openDialog(turn, kind, button) {
    var index = Number(turn.getAttribute("data-index"));
    var selected = snapshot && snapshot.turn === turn ? snapshot.text : selectedTextIn(turn);
    snapshot = null;
    pending = { turn: index, kind: kind, opener: button };
    titleEl.textContent = (kind === "missed_pii" ? "Missed PII in turn " : "Not PII in turn ") + (index + 1);
    helpEl.textContent = kind === "missed_pii"
      ? "Select the missed text in the turn before pressing the button, or type it. It is PII: it goes only into the file you export."
      : "Type the text that was wrongly redacted (for example a product name) and pick the type it was redacted as.";
    textEl.value = kind === "missed_pii" ? selected : "";
    var types = typesOf(turn);
    typeEl.value = kind === "not_pii" && types.length === 1 ? types[0] : "";
    noteEl.value = "";
    dialog.showModal();
    textEl.focus();
  }

  function renderMarks() {
    list.textContent = "";
    turns.forEach(function (turn) { turn.classList.remove("marked"); });
    marks.forEach(function (mark, i) {
      var item = document.createElement("li");
      var label = "Turn " + (mark.turn + 1) + " \u00b7 " + LABELS[mark.kind] +
        (mark.entity_type ? " \u00b7 " + mark.entity_type : "") +
        (mark.text ? " \u00b7 \u201c" + mark.text + "\u201d" : "");
      item.appendChild(document.createTextNode(label + " "));
      var remove = document.createElement("button");
      remove.type = "button";
      remove.textContent = "Remove";
      remove.setAttribute("aria-label", "Remove mark " + (i + 1));
      remove.addEventListener("click", function () {
        marks.splice(i, 1);
        unexported = marks.length > 0;
        renderMarks();
        exportButton.focus();
      });
      item.appendChild(remove);
      list.appendChild(item);
      var turn = document.getElementById("turn-" + mark.turn);
      if (turn) { turn.classList.add("marked"); }
    });
    countEl.textContent = marks.length === 0 ? "No marks yet."
      : marks.length + (marks.length === 1 ? " mark" : " marks") + (unexported ? ", not exported yet." : ", exported.");
    exportButton.disabled = marks.length === 0;
  }

  document.querySelectorAll(".mark-btn").forEach(function (button) {
    button.addEventListener("pointerdown", function () {
      var turn = button.closest(".turn");
      snapshot = { turn: turn, text: selectedTextIn(turn) };
    });
    button.addEventListener("click", function () {
      openDialog(button.closest(".turn"), button.getAttribute("data-kind"), button);
    });
  });

  function closeDialog() {
    var opener = pending && pending.opener;
    pending = null;
    dialog.close();
    if (opener) { opener.focus(); }
  }
  document.getElementById("mark-cancel").addEventListener("click", closeDialog);
  dialog.addEventListener("cancel", function (ev) { ev.preventDefault(); closeDialog(); });
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    if (!pending) { return; }
    var mark = { call_id: callId, turn: pending.turn, kind: pending.kind };
    var text = textEl.value.replace(/\s+/g, " ").trim();
    var note = noteEl.value.trim();
    if (text) { mark.text = text; }
    if (typeEl.value) { mark.entity_type = typeEl.value; }
    if (note) { mark.note = note; }
    marks.push(mark);
    unexported = true;
    renderMarks();
    closeDialog();
  });

  function feedbackDocument() {
    return { version: 1, exported_from: "callredact report", marks: marks.slice() };
  }
  exportButton.addEventListener("click", function () {
    var blob = new Blob([JSON.stringify(feedbackDocument(), null, 2) + "\n"], { type: "application/json" });
    var url = URL.createObjectURL(blob);
    var link = document.createElement("a");
    link.href = url;
    link.download = "feedback-" + pageStem + ".json";
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
    unexported = false;
    renderMarks();
  });
  window.addEventListener("beforeunload", function (ev) {
    if (unexported) { ev.preventDefault(); ev.returnValue = ""; }
  });

  applyFilter();
  renderMarks();
}());
