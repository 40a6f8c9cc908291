// Shared by the checks: a short, readable CSS path of an element ("main > ul.actions > li:nth-of-type(2) > a.action").
function describe(element) {
  const parts = [];
  for (let node = element; node && node.nodeType === 1 && node !== document.documentElement; node = node.parentElement) {
    let part = node.localName;
    if (node.id) { parts.unshift(part + "#" + node.id); break; }
    if (node.classList.length) part += "." + [...node.classList].join(".");
    const parent = node.parentElement;
    if (parent) {
      const same = [...parent.children].filter((child) => child.localName === node.localName);
      if (same.length > 1) part += ":nth-of-type(" + (same.indexOf(node) + 1) + ")";
    }
    parts.unshift(part);
  }
  const text = (element.textContent || "").trim().replace(/\s+/g, " ").slice(0, 40);
  return parts.join(" > ") + (text ? ' "' + text + '"' : "");
}
