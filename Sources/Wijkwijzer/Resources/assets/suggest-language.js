// Language chooser: marks the language the browser asks for first. Suggests only; never redirects.
(function () {
  var wanted = navigator.languages || [navigator.language || ""];
  var items = document.querySelectorAll(".language-choice li[lang]");
  function base(code) { return String(code).toLowerCase().split("-")[0]; }
  for (var i = 0; i < wanted.length; i++) {
    for (var j = 0; j < items.length; j++) {
      if (base(items[j].getAttribute("lang")) === base(wanted[i])) {
        items[j].classList.add("suggested");
        var note = items[j].querySelector(".language-suggested");
        if (note) { note.hidden = false; }
        return;
      }
    }
  }
})();
