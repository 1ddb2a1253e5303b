// h("div", { class: "card", onclick: fn }, "text", child): on* become listeners; null and
// false attributes and children are skipped.
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") {
      element.addEventListener(name.slice(2), value);
    } else if (name === "class") {
      element.className = value;
    } else if (name === "dataset") {
      Object.assign(element.dataset, value);
    } else if (name === "text") {
      element.textContent = value;
    } else {
      element.setAttribute(name, value === true ? "" : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : String(child));
  }
}

/// A `type="button"` button: the label, what a click does, its class.
export function button(label, onclick, className = "tool-button") {
  return h("button", { type: "button", class: className, onclick }, label);
}

/// `fn` once calls have paused for `ms` (search boxes send one request per typed word).
export function debounced(fn, ms = 300) {
  let timer;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}

/// Sends a bubbling CustomEvent from `element`.
export function emit(element, name, detail) {
  element.dispatchEvent(new CustomEvent(name, { bubbles: true, detail }));
}

/// Replaces every child of `element` with `children`.
export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
}

/// Initials for an avatar: "Sasha Marín" → "SM", "ann@example.com" → "AN".
export function initials(name, email) {
  const source = (name || "").trim();
  if (source) {
    const words = source.split(/\s+/).filter(Boolean);
    const letters = words.length > 1 ? words[0][0] + words[words.length - 1][0] : words[0].slice(0, 2);
    return letters.toUpperCase();
  }
  const local = (email || "").split("@")[0].replace(/[^\p{L}\p{N}]/gu, "");
  return (local.slice(0, 2) || "?").toUpperCase();
}
