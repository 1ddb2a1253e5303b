import { h } from "./dom.js";
import { exportSession } from "./export.js";

// The timeline's "Export" menu button (WAI-ARIA pattern): Enter, Space or Down opens it on the
// first format, Up on the last; arrows, Home and End move; Escape, Tab or a click away close it.
export function exportMenu(sessionId) {
  const toggle = (open, focus) => {
    menu.hidden = !open;
    trigger.ariaExpanded = open;
    focus?.focus();
  };
  const trigger = h("button", {
    type: "button", class: "tool-button", "aria-haspopup": "menu", "aria-expanded": "false", "aria-controls": "export-menu",
    onclick: () => (menu.hidden ? toggle(true, items[0]) : toggle(false)),
    onkeydown: (event) => {
      if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
      event.preventDefault();
      toggle(true, items.at(event.key === "ArrowUp" ? -1 : 0));
    },
  }, "Export ▾");
  const items = ["json", "jsonl", "csv"].map((format) => h("button", {
    type: "button", role: "menuitem", tabindex: "-1",
    onclick: () => { toggle(false, trigger); exportSession(sessionId(), format, trigger); },
  }, format.toUpperCase()));
  const menu = h("div", {
    class: "menu", role: "menu", id: "export-menu", "aria-label": "Export the session", hidden: true,
    onkeydown: (event) => {
      const at = items.indexOf(event.target);
      const index = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: -1 }[event.key];
      if (event.key === "Escape") toggle(false, trigger);
      else if (index === undefined) return;
      else items.at(index % items.length).focus();
      event.preventDefault();
    },
  }, items);
  const element = h("div", { class: "menu-button", onfocusout: (event) => element.contains(event.relatedTarget) || toggle(false) }, trigger, menu);
  return { element, trigger };
}
