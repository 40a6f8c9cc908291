// The visible text of the page's main content (or the body when there is no <main>).
const main = document.querySelector("main") || document.body;
return main.innerText.replace(/\s+/g, " ").trim();
