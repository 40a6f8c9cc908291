// Does the page scroll sideways, and does any text stick out of the viewport? Arguments: a text zoom factor (1 = none).
// A text zoom sets the root font size, as a phone's "larger text" setting does; the layout is in rem.
const zoom = arguments[0] || 1;
if (zoom !== 1) document.documentElement.style.fontSize = (zoom * 100) + "%";
const root = document.documentElement;
const viewport = root.clientWidth;
const offenders = [];
// Text inside a box that scrolls on its own (a wide table) is reachable, so it is not lost.
const scrolls = (element) => {
  for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowX;
    if (overflow === "auto" || overflow === "scroll") return true;
  }
  return false;
};
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
while (walker.nextNode()) {
  const text = walker.currentNode;
  if (!text.data.trim()) continue;
  const parent = text.parentElement;
  const style = getComputedStyle(parent);
  if (style.display === "none" || style.visibility === "hidden") continue;
  const range = document.createRange();
  range.selectNodeContents(text);
  for (const rect of range.getClientRects()) {
    if (rect.width === 0 || rect.bottom <= 0) continue; // above the page: a skip link waiting for focus
    if ((rect.right > viewport + 1 || rect.left < -1) && !scrolls(parent)) {
      offenders.push(describe(parent) + " spans " + Math.round(rect.left) + "…" + Math.round(rect.right) + " px");
      break;
    }
  }
}
const result = { viewport: viewport, scrollWidth: root.scrollWidth, offenders: offenders.slice(0, 8) };
if (zoom !== 1) document.documentElement.style.fontSize = "";
return result;
