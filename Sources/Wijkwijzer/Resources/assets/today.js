/* Wijkwijzer: marks today's walk-in hours and says "open now". Optional: the page is complete without it.
   What it adds carries data-by-script, so the browser tests can tell it from the page's own text. */
(function () {
  var box = document.querySelector("[data-open-now]"), p = {};
  if (!box || !window.Intl) return;
  try {
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Amsterdam", weekday: "long", year: "numeric", month: "2-digit",
      day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23"
    }).formatToParts(new Date()).forEach(function (x) { p[x.type] = x.value; });
  } catch (e) { return; }
  var day = String(p.weekday).toLowerCase(), date = p.year + "-" + p.month + "-" + p.day,
    now = p.hour + ":" + p.minute;
  function label(el, text, name) {
    var s = document.createElement("strong");
    s.className = name;
    s.setAttribute("data-by-script", "");
    s.textContent = text;
    el.appendChild(document.createTextNode(" "));
    el.appendChild(s);
  }
  document.querySelectorAll('[data-day="' + day + '"]').forEach(function (group) {
    var heading = group.querySelector("[data-day-name]");
    group.classList.add("today");
    if (heading) label(heading, box.getAttribute("data-today"), "today-label");
    group.querySelectorAll("[data-start]").forEach(function (s) {
      var d = s.dataset, time = s.querySelector(".session-time");
      if ((d.closed || "").indexOf(date) >= 0 || (d.from && date < d.from) || (d.until && date > d.until)) return;
      if (time && now >= d.start && now < d.end) label(time, box.getAttribute("data-open-now"), "open-now");
    });
  });
})();
