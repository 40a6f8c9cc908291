// In a right-to-left page: every phone number, time, postcode and e-mail address must be shown
// left-to-right and isolated from the text around it (a <bdi dir="ltr"> or an element with dir="ltr").
const patterns = [
  ["e-mail", /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g],
  ["phone", /\+\d[\d \-]{6,}\d|\b0\d{2,3}[ \-]?\d{3,4}(?:[ \-]?\d{2,4})?\b/g],
  ["time", /\b\d{1,2}:\d{2}\b/g],
  // Dutch postcodes are 1000–9999 with two optional letters; years (1900–2099) in dates are not postcodes.
  ["postcode", /\b(?!19\d\d\b|20\d\d\b)[1-9]\d{3}(?: ?[A-Z]{2}\b)?\b/g],
];
const isolated = (element) => {
  const style = getComputedStyle(element);
  if (style.direction !== "ltr") return false;
  // The element that sets the direction must isolate it from the right-to-left text around it.
  for (let node = element; node && node !== document.documentElement; node = node.parentElement) {
    const own = getComputedStyle(node);
    if (own.direction !== "ltr") return false;
    if (["isolate", "isolate-override", "plaintext"].includes(own.unicodeBidi)) return true;
  }
  return false;
};
const found = [];
const wrong = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
while (walker.nextNode()) {
  const text = walker.currentNode;
  const parent = text.parentElement;
  if (!parent || parent.closest("script, style, [hidden]")) continue;
  let rest = text.data; // each match is blanked out, so the 1234 of a phone number is no postcode
  for (const [kind, pattern] of patterns) {
    for (const match of rest.matchAll(pattern)) {
      found.push(kind);
      if (!isolated(parent)) wrong.push({ kind, value: match[0], element: describe(parent), direction: getComputedStyle(parent).direction });
      rest = rest.slice(0, match.index) + " ".repeat(match[0].length) + rest.slice(match.index + match[0].length);
    }
  }
}
// Every telephone link's text is a number, even a short one (112).
for (const link of document.querySelectorAll('a[href^="tel:"]')) {
  found.push("phone link");
  const inner = link.querySelector("[dir]") || link;
  if (!isolated(inner)) wrong.push({ kind: "phone link", value: link.textContent.trim(), element: describe(link), direction: getComputedStyle(inner).direction });
}
const counts = {};
for (const kind of found) counts[kind] = (counts[kind] || 0) + 1;
return {
  htmlDir: document.documentElement.getAttribute("dir"),
  direction: getComputedStyle(document.documentElement).direction,
  counts, wrong,
};
