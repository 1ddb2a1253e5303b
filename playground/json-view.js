import { h } from "./dom.js";
import { copyText } from "./clipboard.js";

// JSON as a tree whose expanded text is exactly JSON.stringify(value, null, 2). Nodes deeper
// than `openDepth` start closed and are built when opened; each has a copy button. Keys (tree
// pattern): Up/Down, Right opens or enters, Left closes or leaves, c copies.
const longString = 20000;

export function jsonView(value, { label, openDepth = 3 } = {}) {
  const tree = h("div", { class: "json", role: "tree", "aria-label": label });
  tree.append(...nodeLines(value, { key: undefined, depth: 0, last: true, openDepth }));
  const first = tree.querySelector(".jtoggle");
  if (first) first.tabIndex = 0;
  tree.addEventListener("keydown", onTreeKey);
  return tree;
}

function indent(depth) {
  return "  ".repeat(depth);
}

function keyPrefix(key) {
  return key === undefined ? "" : `${JSON.stringify(key)}: `;
}

function copyButton(value) {
  return h("button", {
    type: "button", class: "jcopy", tabindex: "-1", "aria-label": "Copy this value", title: "Copy",
    onclick: (event) => { event.stopPropagation(); copyText(JSON.stringify(value, null, 2), event.currentTarget); },
  });
}

function nodeLines(value, { key, depth, last, openDepth }) {
  const comma = last ? "" : ",";
  const isArray = Array.isArray(value);
  if (value === null || typeof value !== "object") {
    return [h("div", { class: "jline", role: "treeitem" },
      indent(depth), keyPrefix(key), scalar(value), comma, copyButton(value))];
  }
  const entries = isArray ? value.map((item, index) => [undefined, item, index]) : Object.entries(value).map(([k, v], index) => [k, v, index]);
  const [open, close] = isArray ? ["[", "]"] : ["{", "}"];
  if (entries.length === 0) {
    return [h("div", { class: "jline", role: "treeitem" }, indent(depth), keyPrefix(key), open + close, comma, copyButton(value))];
  }
  const count = isArray ? `${entries.length} item${entries.length === 1 ? "" : "s"}` : `${entries.length} key${entries.length === 1 ? "" : "s"}`;
  const startOpen = depth < openDepth && entries.length <= 200;
  const children = h("div", { role: "group", class: "jchildren" });
  const closing = h("div", { class: "jline jclose" }, indent(depth), close, comma);
  const summary = h("span", { class: "jsummary", "data-count": count }, `${open}…${close}`, comma);
  const toggle = h("button", { type: "button", class: "jtoggle", tabindex: "-1", "aria-label": `Toggle ${key ?? (isArray ? "array" : "object")}` });
  const node = h("div", { class: "jnode", role: "treeitem" },
    h("div", { class: "jline" }, indent(depth), toggle, keyPrefix(key), h("span", { class: "jopen" }, open), summary, copyButton(value)),
    children, closing);
  let built = false;
  const setOpen = (isOpen) => {
    if (isOpen && !built) {
      built = true;
      for (const [childKey, childValue, index] of entries) {
        children.append(...nodeLines(childValue, { key: childKey, depth: depth + 1, last: index === entries.length - 1, openDepth }));
      }
    }
    node.setAttribute("aria-expanded", isOpen ? "true" : "false");
  };
  node.toggleOpen = (isOpen = node.getAttribute("aria-expanded") !== "true") => setOpen(isOpen);
  toggle.addEventListener("click", () => node.toggleOpen());
  setOpen(startOpen);
  return [node];
}

function scalar(value) {
  if (typeof value === "string") {
    const text = JSON.stringify(value);
    if (text.length <= longString) return h("span", { class: "jstring" }, text);
    const rest = text.length - longString;
    const span = h("span", { class: "jstring" }, text.slice(0, longString));
    const more = h("button", {
      type: "button", class: "link-button jmore",
      onclick: () => { span.textContent = text; more.remove(); },
    }, `… show ${rest.toLocaleString("en")} more characters`);
    return h("span", {}, span, more);
  }
  const kind = value === null ? "jnull" : typeof value === "number" ? "jnumber" : "jboolean";
  return h("span", { class: kind }, JSON.stringify(value));
}

/// Expands every node of a tree (used by "Expand all").
export function expandAll(tree) {
  let closed;
  while ((closed = tree.querySelectorAll('.jnode[aria-expanded="false"]')).length > 0) {
    for (const node of closed) node.toggleOpen(true);
  }
}

export function collapseAll(tree) {
  for (const node of tree.querySelectorAll(".jnode")) node.toggleOpen(false);
  tree.querySelector(".jnode")?.toggleOpen(true);
}

function visibleToggles(tree) {
  return [...tree.querySelectorAll(".jtoggle")].filter((toggle) => toggle.offsetParent !== null);
}

function onTreeKey(event) {
  const toggle = event.target.closest(".jtoggle");
  if (!toggle) return;
  const tree = event.currentTarget;
  const node = toggle.closest(".jnode");
  const open = node.getAttribute("aria-expanded") === "true";
  const toggles = visibleToggles(tree);
  const position = toggles.indexOf(toggle);
  const focus = (target) => {
    if (!target) return;
    for (const other of tree.querySelectorAll(".jtoggle")) other.tabIndex = -1;
    target.tabIndex = 0;
    target.focus();
  };
  switch (event.key) {
    case "ArrowDown": focus(toggles[position + 1]); break;
    case "ArrowUp": focus(toggles[position - 1]); break;
    case "ArrowRight":
      if (!open) node.toggleOpen(true);
      else focus(node.querySelector(".jchildren .jtoggle"));
      break;
    case "ArrowLeft":
      if (open) node.toggleOpen(false);
      else focus(node.parentElement.closest(".jnode")?.querySelector(".jtoggle"));
      break;
    case "c": node.querySelector(".jcopy")?.click(); break;
    default: return;
  }
  event.preventDefault();
  event.stopPropagation();
}
