// Static search over the archive: search-index.js sets window.BRIEFS_INDEX, one entry per day.
// Every word typed must occur in the day's headline, themes or instruments.
(function () {
  "use strict";
  var days = window.BRIEFS_INDEX || [];
  var box = document.getElementById("q");
  var list = document.getElementById("results");
  var count = document.getElementById("count");
  // "{n} day" / "{n} days" in the archive's language, from the page
  function days_text(n) {
    return (n === 1 ? count.dataset.one : count.dataset.many).replace("{n}", String(n));
  }

  function haystack(day) {
    return [day.headline].concat(day.themes, day.instruments).join(" \n ").toLowerCase();
  }
  days.forEach(function (day) { day.text = haystack(day); });

  function show() {
    var words = box.value.toLowerCase().split(/\s+/).filter(Boolean);
    while (list.firstChild) { list.removeChild(list.firstChild); }
    if (!words.length) { count.textContent = days_text(days.length); return; }
    var found = days.filter(function (day) {
      return words.every(function (word) { return day.text.indexOf(word) !== -1; });
    });
    count.textContent = days_text(found.length);
    found.forEach(function (day) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = day.date + "/brief.html";
      link.textContent = day.date;
      item.appendChild(link);
      item.appendChild(document.createTextNode(" — " + day.headline));
      list.appendChild(item);
    });
  }
  box.addEventListener("input", show);
  show();
})();
