import { h, replace } from "./dom.js";
import { lastRuns, NetworkError } from "./client.js";

// A labelled <section>: header (title, tools, "Query" for the pane's last document) over a
// body showing one of placeholder, loading, error with Retry, or content. Failures stay here.
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
    this.tools = h("div", { class: "pane-tools" }, ...tools, this.queryButton);
    this.body = h("div", { class: "pane-body", tabindex: "-1" });
    this.element = h("section", { class: "pane", id, "aria-label": name },
      h("header", { class: "pane-head" }, this.title, this.tools), this.body);
  }

  /// Called after each request the pane makes, so its Query button has something to show.
  ranQuery() {
    this.queryButton.disabled = !lastRuns.has(this.name);
  }

  setBusy(busy) {
    if (busy) this.element.setAttribute("aria-busy", "true");
    else this.element.removeAttribute("aria-busy");
  }

  showPlaceholder(heading, text) {
    this.setBusy(false);
    replace(this.body, h("div", { class: "placeholder" }, h("p", { class: "placeholder-title" }, heading), text ? h("p", {}, text) : null));
  }

  showLoading(text) {
    this.setBusy(true);
    replace(this.body, h("div", { class: "loading", role: "status" }, h("span", { class: "spinner", "aria-hidden": "true" }), ` ${text}`));
  }

  /// A message in the pane only: "not found" notices have no Retry.
  showNotice(heading, text) {
    this.setBusy(false);
    replace(this.body, h("div", { class: "notice", role: "status" }, h("p", { class: "notice-title" }, heading), text ? h("p", {}, text) : null));
  }

  showError(error, retry) {
    this.setBusy(false);
    this.ranQuery();
    const network = error instanceof NetworkError;
    replace(this.body, h("div", { class: `pane-error ${network ? "network" : "server"}`, role: "alert" },
      h("p", { class: "error-title" }, network ? "Can't reach the server" : "The server returned an error"),
      h("p", { class: "error-message" }, network ? "Check that SessionQL is running and your connection, then retry." : error.message),
      retry ? h("button", { type: "button", class: "retry-button", onclick: retry }, "Retry") : null));
  }

  showContent(...children) {
    this.setBusy(false);
    this.ranQuery();
    replace(this.body, ...children);
  }
}
