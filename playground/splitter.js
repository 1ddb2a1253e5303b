import { h } from "./dom.js";

const storageKey = "sessionql.paneWidths";
const step = 24;

// A WAI-ARIA window splitter: drag it or press Left/Right, Home/End. The width of the pane
// before it is a CSS variable on `layout`, remembered in localStorage.
export class Splitter {
  constructor({ layout, variable, controls, label, min, max, initial }) {
    this.layout = layout;
    this.variable = variable;
    this.min = min;
    this.max = max;
    const saved = loadWidths()[variable];
    this.width = clamp(Number.isFinite(saved) ? saved : initial, min, max);
    this.element = h("div", {
      class: "splitter", role: "separator", tabindex: "0", "aria-orientation": "vertical",
      "aria-label": label, "aria-controls": controls,
      "aria-valuemin": String(min), "aria-valuemax": String(max),
      onkeydown: (event) => this.onKeyDown(event),
      onpointerdown: (event) => this.onPointerDown(event),
    });
    this.apply(false);
  }

  apply(save = true) {
    this.layout.style.setProperty(this.variable, `${this.width}px`);
    this.element.setAttribute("aria-valuenow", String(Math.round(this.width)));
    if (save) {
      const widths = loadWidths();
      widths[this.variable] = Math.round(this.width);
      try { localStorage.setItem(storageKey, JSON.stringify(widths)); } catch { /* private mode */ }
    }
  }

  moveTo(width) {
    this.width = clamp(width, this.min, this.max);
    this.apply();
  }

  onKeyDown(event) {
    const moves = { ArrowLeft: -step, ArrowRight: step };
    if (event.key in moves) this.moveTo(this.width + moves[event.key] * (event.shiftKey ? 4 : 1));
    else if (event.key === "Home") this.moveTo(this.min);
    else if (event.key === "End") this.moveTo(this.max);
    else return;
    event.preventDefault();
    event.stopPropagation();
  }

  onPointerDown(event) {
    if (event.button !== 0) return;
    event.preventDefault();
    const startX = event.clientX;
    const startWidth = this.width;
    this.element.setPointerCapture(event.pointerId);
    this.element.classList.add("dragging");
    const move = (moveEvent) => this.moveTo(startWidth + moveEvent.clientX - startX);
    const up = () => {
      this.element.classList.remove("dragging");
      this.element.removeEventListener("pointermove", move);
      this.element.removeEventListener("pointerup", up);
      this.element.removeEventListener("pointercancel", up);
    };
    this.element.addEventListener("pointermove", move);
    this.element.addEventListener("pointerup", up);
    this.element.addEventListener("pointercancel", up);
  }
}

function clamp(value, min, max) {
  return Math.max(min, Math.min(max, value));
}

function loadWidths() {
  try {
    const parsed = JSON.parse(localStorage.getItem(storageKey) ?? "{}");
    return parsed && typeof parsed === "object" ? parsed : {};
  } catch {
    return {};
  }
}
