/* Contrast ratio (WCAG 2.x) of every visible text against the background behind it.
   Returns [number of texts checked, [[tag, class, ratio] for each below 4.5:1]]. */
function rgba(c) {
  const m = c.match(/[\d.]+/g).map(Number);
  return m.length === 4 ? m : [...m, 1];
}
function over(top, bottom) {
  const a = top[3];
  return [0, 1, 2].map(i => top[i] * a + bottom[i] * (1 - a)).concat([1]);
}
function background(el) {
  const layers = [];
  for (let e = el; e; e = e.parentElement) {
    const c = rgba(getComputedStyle(e).backgroundColor);
    if (c[3] > 0) { layers.push(c); if (c[3] === 1) { break; } }
  }
  return layers.reverse().reduce((acc, c) => over(c, acc), [255, 255, 255, 1]);
}
function lum(c) {
  const [r, g, b] = c.slice(0, 3).map(v => {
    v /= 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const out = [];
let checked = 0;
for (const el of document.querySelectorAll("body *")) {
  const own = Array.from(el.childNodes).some(n => n.nodeType === 3 && n.data.trim());
  const r = el.getBoundingClientRect();
  if (!own || r.width <= 1 || r.height <= 1) { continue; }
  if (el.closest("[hidden], dialog:not([open])")) { continue; }
  if (el.matches(":disabled") || getComputedStyle(el).opacity !== "1") { continue; }
  const fg = over(rgba(getComputedStyle(el).color), background(el));
  const [a, b] = [lum(fg), lum(background(el))];
  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  checked += 1;
  if (!(ratio >= 4.5)) { out.push([el.tagName, el.className, ratio.toFixed(2)]); }
}
return [checked, out];
