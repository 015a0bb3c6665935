// chidao office app: small progressive enhancements (the pages work without them).
(function () {
  "use strict";
  // Review: a task's number scrolls the letter to its source and flashes it.
  function showTask(id) {
    var anchor = document.getElementById("src-" + id);
    if (!anchor) return;
    anchor.scrollIntoView({behavior: "smooth", block: "center"});
    document.querySelectorAll('#letter [data-task~="' + id + '"]').forEach(function (el) {
      el.classList.remove("flash"); void el.offsetWidth; el.classList.add("flash");
    });
    document.querySelectorAll("tr.current").forEach(function (r) { r.classList.remove("current"); });
    var row = document.getElementById("row-" + id);
    if (row) row.classList.add("current");
  }
  document.addEventListener("click", function (e) {
    var link = e.target.closest("a.goto");
    if (link) { e.preventDefault(); showTask(link.dataset.task); history.replaceState(null, "", "#src-" + link.dataset.task); }
    var back = e.target.closest("a.js-back");
    if (back && history.length > 1) { e.preventDefault(); history.back(); }
    var confirmer = e.target.closest("[data-confirm]");
    if (confirmer && !window.confirm(confirmer.dataset.confirm)) e.preventDefault();
  });
  // Clicking highlighted source text selects its task's row.
  document.addEventListener("click", function (e) {
    var mark = e.target.closest("#letter [data-task]");
    if (!mark || !mark.dataset.task) return;
    var id = mark.dataset.task.split(" ")[0], row = document.getElementById("row-" + id);
    if (row) { document.querySelectorAll("tr.current").forEach(function (r) { r.classList.remove("current"); });
      row.classList.add("current"); row.scrollIntoView({block: "nearest"}); }
  });
  // Upload: drop files on the zone, or press Enter on it to choose them.
  document.addEventListener("DOMContentLoaded", function () {
    var zone = document.getElementById("drop"), input = document.getElementById("files");
    if (zone && input) {
      ["dragenter", "dragover"].forEach(function (t) { zone.addEventListener(t, function (e) { e.preventDefault(); zone.classList.add("over"); }); });
      ["dragleave", "drop"].forEach(function (t) { zone.addEventListener(t, function (e) { e.preventDefault(); zone.classList.remove("over"); }); });
      zone.addEventListener("drop", function (e) {
        if (e.dataTransfer && e.dataTransfer.files.length) { input.files = e.dataTransfer.files; document.getElementById("upload-form").requestSubmit(); }
      });
      zone.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); input.click(); } });
    }
    var hash = location.hash.match(/^#src-(.+)$/);
    if (hash) showTask(hash[1]);
  });
})();
