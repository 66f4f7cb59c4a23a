// What a person sees of every interactive control of the page (or of `scope`): each is scrolled to,
// then measured where it is drawn. A checkbox or radio the design system hides (opacity 0) is drawn by
// its label's ::before/::after, and that drawing is what is measured. Returns the problems found and,
// for every checkbox and radio, the id given to it (data-audit-id, and data-audit-drawing on what draws
// it) so the caller can tick it.
(({ scope, minSize }) => {
  const root = scope ? document.querySelector(scope) : document.body;
  if (!root) return { problems: [`nothing matches ${scope}`], boxes: [] };
  const selector = [
    'a[href]', 'button', 'input:not([type=hidden])', 'select', 'textarea', 'summary',
    '[role=button]', '[role=checkbox]', '[role=radio]', '[role=tab]', '[role=link]',
    '[tabindex]:not([tabindex="-1"])',
  ].join(',');
  const textTypes = /^(text|search|email|tel|url|password|number|date|datetime-local|month|time|week|file|)$/;
  const problems = [];
  const boxes = [];
  const viewport = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };

  const alpha = (color) => {
    if (!color || color === 'transparent') return 0;
    const m = color.match(/rgba?\(([^)]+)\)/);
    if (!m) return 1;
    const parts = m[1].split(/[ ,/]+/).filter(Boolean);
    return parts.length > 3 ? parseFloat(parts[3]) : 1;
  };
  const hasBorder = (cs) =>
    ['Top', 'Right', 'Bottom', 'Left'].some(
      (s) => parseFloat(cs[`border${s}Width`]) >= 1 && cs[`border${s}Style`] !== 'none' && alpha(cs[`border${s}Color`]) > 0.1,
    );
  const hasBackground = (cs) => alpha(cs.backgroundColor) > 0.1 || cs.backgroundImage !== 'none';
  const hasShadow = (cs) => cs.boxShadow && cs.boxShadow !== 'none';
  const describe = (el) => {
    const name =
      el.getAttribute('aria-label') ||
      (el.labels && el.labels[0] && el.labels[0].textContent) ||
      el.textContent ||
      el.getAttribute('title') ||
      el.getAttribute('name') ||
      '';
    const id = el.id ? `#${el.id}` : '';
    return `<${el.tagName.toLowerCase()}${id}${el.type ? ` type=${el.type}` : ''}> "${name.replace(/\s+/g, ' ').trim().slice(0, 60)}"`;
  };
  const intersect = (a, b) => ({
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  });
  const size = (r) => ({ w: Math.max(0, r.right - r.left), h: Math.max(0, r.bottom - r.top) });
  const rectOf = (r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });

  /** The box of the label's pseudo-elements that draw a hidden checkbox or radio. */
  const pseudoBox = (label) => {
    const base = label.getBoundingClientRect();
    let box;
    for (const which of ['::before', '::after']) {
      const cs = getComputedStyle(label, which);
      if (cs.content === 'none' || cs.display === 'none') continue;
      const w = parseFloat(cs.width) || 0;
      const h = parseFloat(cs.height) || 0;
      if (w === 0 || h === 0) continue;
      const left = base.left + (parseFloat(cs.left) || 0) + (parseFloat(cs.marginLeft) || 0);
      const top = base.top + (parseFloat(cs.top) || 0) + (parseFloat(cs.marginTop) || 0);
      const r = { left, top, right: left + w, bottom: top + h };
      box = box ? { left: Math.min(box.left, r.left), top: Math.min(box.top, r.top), right: Math.max(box.right, r.right), bottom: Math.max(box.bottom, r.bottom) } : r;
      if (!(hasBorder(cs) || hasBackground(cs))) box.invisible = true;
    }
    return box;
  };

  /** What is left of `box` once every clipping ancestor of `from` (itself included) has cut it. */
  const clipped = (from, box) => {
    let r = box;
    for (let a = from; a && a !== document.documentElement; a = a.parentElement) {
      const cs = getComputedStyle(a);
      if (cs.clip && cs.clip !== 'auto' && cs.position === 'absolute') {
        const c = a.getBoundingClientRect();
        r = intersect(r, { left: c.left, top: c.top, right: c.left, bottom: c.top });
      }
      if (cs.clipPath && cs.clipPath.startsWith('inset(50%')) r = { left: 0, top: 0, right: 0, bottom: 0 };
      const ar = a.getBoundingClientRect();
      if (cs.overflowX !== 'visible') r = intersect(r, { ...r, left: ar.left, right: ar.right });
      if (cs.overflowY !== 'visible') r = intersect(r, { ...r, top: ar.top, bottom: ar.bottom });
    }
    return r;
  };

  const faded = (from) => {
    for (let a = from; a; a = a.parentElement) {
      const cs = getComputedStyle(a);
      if (parseFloat(cs.opacity) < 0.1) return a;
    }
    return null;
  };

  const controls = [...root.querySelectorAll(selector)];
  let next = 0;
  for (const el of controls) {
    if (el.matches('[role=region]')) continue; // a scrolling area: its content is what is drawn
    if (el.getClientRects().length === 0) continue; // not rendered at all (display: none)
    const focusFirst = el.closest('.visually-hidden-focusable, .skiplinks');
    if (focusFirst) el.focus();
    el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });

    const cs = getComputedStyle(el);
    const isBox = el.tagName === 'INPUT' && (el.type === 'checkbox' || el.type === 'radio');
    let drawing = el;
    let box = rectOf(el.getBoundingClientRect());
    if (isBox && parseFloat(cs.opacity) < 0.1) {
      const label = el.labels && el.labels[0];
      const pseudo = label && pseudoBox(label);
      if (!pseudo) {
        problems.push(`${describe(el)}: hidden (opacity 0) and no label draws it`);
        if (focusFirst) el.blur();
        continue;
      }
      if (pseudo.invisible) problems.push(`${describe(el)}: its label draws nothing (no border, no background)`);
      drawing = label;
      box = pseudo;
    }
    const where = describe(el);
    const fadedBy = faded(drawing);
    if (fadedBy) problems.push(`${where}: not drawn (opacity 0 on <${fadedBy.tagName.toLowerCase()}${fadedBy.id ? '#' + fadedBy.id : ''}>)`);
    if (getComputedStyle(drawing).visibility === 'hidden') problems.push(`${where}: not drawn (visibility hidden)`);

    const dcs = getComputedStyle(drawing);
    if (!isBox || drawing === el) {
      const field = (el.tagName === 'INPUT' && textTypes.test(el.type)) || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA';
      const text = (el.innerText || '').trim().length > 0 && alpha(dcs.color) > 0.1;
      const picture = el.querySelector('svg, img');
      // A select is drawn by its arrow (a background image); a file input by its button.
      const fileButton = el.type === 'file' ? getComputedStyle(el, '::file-selector-button') : null;
      const drawn = field
        ? hasBorder(dcs) ||
          hasShadow(dcs) ||
          (alpha(dcs.backgroundColor) > 0.1 && dcs.backgroundColor !== 'rgb(255, 255, 255)') ||
          (el.tagName === 'SELECT' && dcs.backgroundImage !== 'none') ||
          (fileButton !== null && (hasBorder(fileButton) || alpha(fileButton.backgroundColor) > 0.1))
        : text || hasBorder(dcs) || hasBackground(dcs) || (picture && picture.getBoundingClientRect().width > 0) || isBox;
      if (!drawn) problems.push(`${where}: nothing drawn (${field ? 'no border, underline or background' : 'no text, border or background'})`);
    }

    const seen = intersect(clipped(drawing, box), viewport);
    const full = size(box);
    const shown = size(seen);
    if (full.w < minSize || full.h < minSize) {
      problems.push(`${where}: drawn ${Math.round(full.w)}×${Math.round(full.h)} px, less than ${minSize}×${minSize}`);
    } else if (shown.w < full.w - 1 || shown.h < full.h - 1) {
      problems.push(`${where}: after scrolling to it only ${Math.round(shown.w)}×${Math.round(shown.h)} of ${Math.round(full.w)}×${Math.round(full.h)} px are in view`);
    } else {
      // A link broken over two lines is hit on its first line; a disabled control lets the pointer through.
      const first = drawing === el && el.getClientRects().length > 1 ? intersect(rectOf(el.getClientRects()[0]), viewport) : seen;
      const x = (first.left + first.right) / 2;
      const y = (first.top + first.bottom) / 2;
      const hit = document.elementFromPoint(x, y);
      const inert = el.disabled || cs.pointerEvents === 'none';
      const own =
        hit &&
        (el.contains(hit) ||
          drawing.contains(hit) ||
          [...(el.labels || [])].some((l) => l.contains(hit)) ||
          (inert && hit.contains(el)));
      if (!own) problems.push(`${where}: covered by ${hit ? describe(hit) : 'nothing'} at its centre`);
    }
    if (isBox) {
      const id = String(next++);
      el.setAttribute('data-audit-id', id);
      drawing.setAttribute('data-audit-drawing', id);
      const d = drawing.getBoundingClientRect();
      // Where to click: the centre of the drawn box, from the drawing element's top-left corner.
      boxes.push({ id, name: where, x: box.left + full.w / 2 - d.left, y: box.top + full.h / 2 - d.top, w: full.w, h: full.h });
    }
    if (focusFirst) el.blur();
  }
  window.scrollTo({ left: 0, top: 0, behavior: 'instant' });
  return { problems, boxes };
})
