// Text in Latin script inside a page of a non-Latin language (Arabic): returns each piece whose
// nearest lang attribute is still the page's language, so the test can ask whether it is marked.
const pageLang = document.documentElement.lang;
const result = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
while (walker.nextNode()) {
  const text = walker.currentNode;
  const parent = text.parentElement;
  if (!parent || parent.closest("script, style")) continue;
  if (!/[A-Za-z\u00C0-\u024F]{2,}/.test(text.data)) continue;
  const marked = parent.closest("[lang]");
  const lang = marked ? marked.getAttribute("lang") : "";
  if (lang === pageLang) result.push({ text: text.data.trim().replace(/\s+/g, " "), element: describe(parent), href: (parent.closest("a") || {}).href || "" });
}
return result;
