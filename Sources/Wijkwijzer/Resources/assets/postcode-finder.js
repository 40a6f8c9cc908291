/* Wijkwijzer: "which team is mine?" answers as you type. Without it the full list is on the teams page. */
(function () {
  var box = document.getElementById("finder"), index = null;
  if (!box || !window.fetch) return;
  var input = document.getElementById("finder-postcode"), out = document.getElementById("finder-answer"),
    d = box.dataset;
  function line(text, name) {
    var p = document.createElement("p");
    p.textContent = text;
    if (name) p.className = name;
    out.appendChild(p);
    return p;
  }
  function answer(text, teams) {
    out.textContent = "";
    var bits = text.split("{team}"), p = line(bits[0]);
    (teams || []).forEach(function (id, i) {
      var a = document.createElement("a");
      if (i) p.appendChild(document.createTextNode(", "));
      a.href = d.teams + id + "/";
      a.textContent = index.teams[id] || id;
      p.appendChild(a);
    });
    if (bits[1]) p.appendChild(document.createTextNode(bits[1]));
    line(d.helps, "reassure");
  }
  input.addEventListener("input", function () {
    var v = input.value.toUpperCase().replace(/\s+/g, ""), pc4 = v.slice(0, 4), letters = v.slice(4, 6);
    if (!/^[1-9][0-9]{3}$/.test(pc4)) { out.textContent = ""; return; }
    var teams = index.pc4[pc4], ranges = index.pc6[pc4] || [];
    if (!teams) return answer(d.unknown);
    if (/^[A-Z]{2}$/.test(letters)) {
      var hit = ranges.filter(function (r) { return r.from <= letters && letters <= r.until; });
      if (hit.length) teams = hit.map(function (r) { return r.team; });
    }
    answer(teams.length > 1 ? d.split : d.found, teams);
  });
  fetch(d.index).then(function (r) { return r.json(); }).then(function (json) {
    index = json;
    box.hidden = false;
  }).catch(function () {});
})();
