// The visible text of the page's main content (or the body when there is no <main>), leaving out
// what the optional scripts add or reveal by design (elements marked data-by-script: "today",
// "open now", the postcode finder), and how many of those marked elements are showing.
const main = document.querySelector("main") || document.body;
const byScript = [...main.querySelectorAll("[data-by-script]")];
const showing = byScript.filter((element) => element.getClientRects().length > 0).length;
const displays = byScript.map((element) => element.style.display);
byScript.forEach((element) => { element.style.display = "none"; });
const text = main.innerText.replace(/\s+/g, " ").trim();
byScript.forEach((element, index) => { element.style.display = displays[index]; });
return { text: text, byScriptShowing: showing };
