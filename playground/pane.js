import { button, h, replace } from "./dom.js";
import { lastRuns, NetworkError } from "./client.js";

// A labelled <section>: header (title, tools, "Query" for the pane's last document), a bar
// (hidden while empty) that stays while the body changes, and a body showing one of
// placeholder, loading, error with Retry, or content. Failures stay here.
export class Pane {
  constructor({ name, id, tools = [] }) {
    this.name = name;
    this.title = h("h2", { class: "pane-title" }, name);
    this.queryButton = h("button", {
      type: "button", class: "tool-button", "aria-label": `Show the ${name} pane's GraphQL query`,
      title: "Open this pane's GraphQL document in the console", disabled: true,
      onclick: () => {
        const run = lastRuns.get(name);
        if (run) document.dispatchEvent(new CustomEvent("console-open", { detail: run }));
      },
    }, "Query");
    this.bar = h("div", { class: "pane-bar", hidden: true });
    this.body = h("div", { class: "pane-body", tabindex: "-1" });
    this.element = h("section", { class: "pane", id, "aria-label": name },
      h("header", { class: "pane-head" }, this.title, h("div", { class: "pane-tools" }, ...tools, this.queryButton)), this.bar, this.body);
  }

  /// "Timeline (1,204)": the total of the list shown; null shows the name alone.
  setCount(count, name = this.name) {
    this.title.textContent = count == null ? name : `${name} (${count.toLocaleString("en")})`;
  }

  /// Called after each request the pane makes, so its Query button has something to show.
  ranQuery() {
    this.queryButton.disabled = !lastRuns.has(this.name);
  }

  show(busy, ...children) {
    if (busy) this.element.setAttribute("aria-busy", "true");
    else this.element.removeAttribute("aria-busy");
    replace(this.body, ...children);
  }

  showPlaceholder(heading, text) {
    this.show(false, message("placeholder", heading, text));
  }

  showLoading(text) {
    this.show(true, h("div", { class: "loading", role: "status" }, h("span", { class: "spinner", "aria-hidden": "true" }), ` ${text}`));
  }

  /// A message in the pane only: "not found" notices have no Retry.
  showNotice(heading, text) {
    this.show(false, message("notice", heading, text));
  }

  showError(error, retry) {
    this.ranQuery();
    const network = error instanceof NetworkError;
    this.show(false, message("pane-error", network ? "Can't reach the server" : "The server returned an error",
      h("p", { class: "error-message" }, network ? "Check that SessionQL is running and your connection, then retry." : error.message),
      retry ? button("Retry", retry, "retry-button") : null));
  }

  showContent(...children) {
    this.ranQuery();
    this.show(false, ...children);
  }
}

/// A centred message: `kind` is "placeholder", "notice" or "pane-error"; text becomes a paragraph.
export function message(kind, heading, ...rest) {
  return h("div", { class: kind, role: kind.startsWith("pane-error") ? "alert" : "status" },
    h("p", { class: "message-title" }, heading), rest.map((part) => (typeof part === "string" ? h("p", {}, part) : part)));
}
