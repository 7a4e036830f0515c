/* Index page: client-side filtering and sorting of the calls table. */
(function () {
  "use strict";
  var table = document.getElementById("calls");
  if (!table) { return; }
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var query = document.getElementById("q");
  var type = document.getElementById("type");
  var flagged = document.getElementById("flagged");
  var status = document.getElementById("calls-status");

  function applyFilter() {
    var q = query.value.trim().toLowerCase();
    var t = type.value;
    var shown = 0;
    rows.forEach(function (row) {
      var types = row.getAttribute("data-types").split(" ");
      var visible = (!q || row.getAttribute("data-search").indexOf(q) !== -1) &&
        (!t || types.indexOf(t) !== -1) &&
        (!flagged.checked || row.getAttribute("data-flagged") === "1");
      row.hidden = !visible;
      if (visible) { shown += 1; }
    });
    status.textContent = shown + " of " + rows.length + " calls shown";
  }

  function sortBy(th) {
    var key = th.getAttribute("data-key");
    var numeric = th.hasAttribute("data-numeric");
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    table.querySelectorAll("th[aria-sort]").forEach(function (other) {
      other.setAttribute("aria-sort", "none");
    });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    rows.sort(function (a, b) {
      var x = a.getAttribute("data-" + key);
      var y = b.getAttribute("data-" + key);
      var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
      if (order === 0) { order = a.getAttribute("data-id").localeCompare(b.getAttribute("data-id")); }
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { tbody.appendChild(row); });
  }

  table.querySelectorAll("th[data-key] button.sort").forEach(function (button) {
    button.addEventListener("click", function () { sortBy(button.closest("th")); });
  });
  query.addEventListener("input", applyFilter);
  type.addEventListener("change", applyFilter);
  flagged.addEventListener("change", applyFilter);
  applyFilter();
}());
