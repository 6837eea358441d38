// Static search over the archive: search-index.js sets window.BRIEFS_INDEX, one entry per day.
// Every word typed must occur in the day's headline, themes or instruments. A result shows the day,
// its headline and the instruments the words name, with their moves as stated that day.
// The query lives in the address (search.html?q=寒武纪), so a search can be shared.
(function () {
  "use strict";
  var days = window.BRIEFS_INDEX || [];
  var box = document.getElementById("q");
  var list = document.getElementById("results");
  var count = document.getElementById("count");

  // "{n} day" / "{n} days" in the archive's language, from the page
  function daysText(n) {
    return (n === 1 ? count.dataset.one : count.dataset.many).replace("{n}", String(n));
  }

  function haystack(day) {
    return [day.headline].concat(day.themes, day.instruments).join(" \n ").toLowerCase();
  }
  days.forEach(function (day) { day.text = haystack(day); });

  function matchingMoves(day, words) {
    return (day.moves || []).filter(function (entry) {
      var names = entry.names.join(" \n ").toLowerCase();
      return words.some(function (word) { return names.indexOf(word) !== -1; });
    });
  }

  function remember(query) {
    try {  // from disk (file:) some browsers refuse to change the address; the search still works
      var url = query ? "?q=" + encodeURIComponent(query) : location.pathname.split("/").pop();
      history.replaceState(null, "", url);
    } catch (err) { /* keep the old address */ }
  }

  function show() {
    var query = box.value.trim();
    var words = query.toLowerCase().split(/\s+/).filter(Boolean);
    while (list.firstChild) { list.removeChild(list.firstChild); }
    remember(query);
    if (!words.length) { count.textContent = daysText(days.length); return; }
    var found = days.filter(function (day) {
      return words.every(function (word) { return day.text.indexOf(word) !== -1; });
    });
    count.textContent = daysText(found.length);
    found.forEach(function (day) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = day.date + "/brief.html";
      link.textContent = day.date;
      item.appendChild(link);
      item.appendChild(document.createTextNode(" — " + day.headline));
      var moves = matchingMoves(day, words);
      if (moves.length) {
        var detail = document.createElement("div");
        detail.className = "moves";
        moves.forEach(function (entry, position) {
          var span = document.createElement("span");
          span.textContent = (position ? " · " : "") + entry.name + " " + entry.move;
          detail.appendChild(span);
        });
        item.appendChild(detail);
      }
      list.appendChild(item);
    });
  }

  var shared = new URLSearchParams(location.search).get("q");
  if (shared) { box.value = shared; }
  box.addEventListener("input", show);
  show();
})();
