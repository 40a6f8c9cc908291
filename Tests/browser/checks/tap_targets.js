// Tap targets as WCAG 2.5.8 (Target Size, Minimum) measures them, plus 44×44 for the main actions.
// Returns every target that fails, with its size and the rule it fails.
//
// - A main action (class "action": call, WhatsApp, e-mail, map, calendar) must be at least 44×44 CSS px.
// - Any other link or button must be at least 24×24, unless an exception of 2.5.8 applies:
//   * inline: the target is an inline box in a block that also holds non-link text (a link in a
//     sentence, such as "call 112"), so its height is set by the line of text around it;
//   * spacing: a 24 px circle centred on the target touches no other target and no other
//     undersized target's circle.
const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
const targets = [];
for (const element of document.querySelectorAll(selector)) {
  const style = getComputedStyle(element);
  if (style.visibility === "hidden" || style.display === "none") continue;
  const rects = [...element.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
  if (!rects.length) continue;
  const box = element.getBoundingClientRect();
  if (box.bottom < 0 && element.matches(".skip-link")) continue; // shown only on focus; then it is large
  targets.push({ element, style, box, rects });
}
const isTarget = (node) => node.nodeType === 1 && node.matches(selector);
const blockOf = (element) => {
  let node = element.parentElement;
  while (node && getComputedStyle(node).display.startsWith("inline")) node = node.parentElement;
  return node || document.body;
};
const hasOwnText = (block) => {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    let inside = false;
    for (let node = walker.currentNode.parentElement; node && node !== block; node = node.parentElement) {
      if (isTarget(node)) { inside = true; break; }
    }
    if (!inside && /[\p{L}\p{N}]/u.test(walker.currentNode.data)) return true;
  }
  return false;
};
const failures = [];
const undersized = [];
let inline = 0;
for (const target of targets) {
  const { element, style, box } = target;
  const width = Math.round(box.width * 10) / 10, height = Math.round(box.height * 10) / 10;
  if (element.matches(".action")) {
    if (box.width < 44 || box.height < 44) failures.push({ target: describe(element), size: width + "×" + height, rule: "main action under 44×44" });
    continue;
  }
  if (box.width >= 24 && box.height >= 24) continue;
  if (style.display === "inline" && hasOwnText(blockOf(element))) { inline++; continue; }
  undersized.push(target);
}
const centre = (box) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
const circleTouchesBox = (c, box) => {
  const dx = Math.max(box.left - c.x, 0, c.x - box.right), dy = Math.max(box.top - c.y, 0, c.y - box.bottom);
  return dx * dx + dy * dy < 12 * 12;
};
for (const target of undersized) {
  const c = centre(target.box);
  const crowded = targets.some((other) => other !== target && other.element !== target.element &&
      !other.element.contains(target.element) && !target.element.contains(other.element) &&
      (circleTouchesBox(c, other.box) ||
       (undersized.includes(other) && Math.hypot(c.x - centre(other.box).x, c.y - centre(other.box).y) < 24)));
  if (crowded) {
    failures.push({ target: describe(target.element), size: Math.round(target.box.width) + "×" + Math.round(target.box.height),
                    rule: "under 24×24, not inline in text, and too close to another target" });
  }
}
return {
  count: targets.length, inline, spaced: undersized.length - failures.filter((f) => !f.rule.startsWith("main")).length,
  actions: targets.filter((t) => t.element.matches(".action")).map((t) => t.element.getAttribute("href")), failures,
};
