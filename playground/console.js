import { button, h, replace } from "./dom.js";
import { requestBody, send, NetworkError } from "./client.js";
import { documentText } from "./documents.js";
import { curlCommand } from "./copy-actions.js";
import { copyText } from "./clipboard.js";

// The query console: any document and variables, run with Ctrl+Enter; shows status, time and
// response, and each located error under the line it points at.
export class QueryConsole {
  constructor(dialog) {
    this.dialog = dialog;
    this.documentInput = h("textarea", { id: "console-document", class: "code-input", spellcheck: "false", rows: "16", "aria-label": "GraphQL document" });
    this.variablesInput = h("textarea", { id: "console-variables", class: "code-input", spellcheck: "false", rows: "5", "aria-label": "Variables (JSON)" });
    this.operationInput = h("input", { id: "console-operation", type: "text", class: "text-input", spellcheck: "false", "aria-label": "Operation name", placeholder: "(the only operation)" });
    this.runButton = button("Run", () => this.run(), "primary-button");
    const curlButton = button("Copy as curl", () => {
      const variables = this.variables();
      if (variables !== undefined) copyText(curlCommand(requestBody(this.documentInput.value, variables, this.operationInput.value.trim())), curlButton);
    });
    this.status = h("span", { class: "console-status", role: "status", "aria-live": "polite" });
    this.errors = h("ol", { class: "console-errors", "aria-label": "Errors" });
    this.output = h("pre", { class: "console-output", tabindex: "0", "aria-label": "Response" });
    const onKey = (event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); this.run(); }
    };
    this.documentInput.addEventListener("keydown", onKey);
    this.variablesInput.addEventListener("keydown", onKey);
    dialog.append(
      h("div", { class: "console-head" },
        h("h2", { id: "console-title" }, "Query console"),
        h("span", { class: "muted hint" }, "POST /graphql · Ctrl+Enter runs"),
        button("Close", () => dialog.close())),
      h("div", { class: "console-body" },
        h("div", { class: "console-input" },
          h("label", { for: "console-document" }, "Document"), this.documentInput,
          h("label", { for: "console-variables" }, "Variables"), this.variablesInput,
          h("label", { for: "console-operation" }, "Operation name"), this.operationInput,
          h("div", { class: "console-actions" }, this.runButton, curlButton, this.status)),
        h("div", { class: "console-result" }, h("h3", {}, "Response"), this.errors, this.output)));
    dialog.addEventListener("keydown", (event) => event.stopPropagation());
  }

  open({ query, variables, operationName } = {}) {
    this.documentInput.value = query ?? documentText("SignInCheck");
    this.variablesInput.value = JSON.stringify(variables ?? {}, null, 2);
    this.operationInput.value = operationName ?? "";
    replace(this.status);
    replace(this.errors);
    this.output.textContent = "";
    if (!this.dialog.open) this.dialog.showModal();
    this.documentInput.focus();
  }

  /// The variables as JSON; undefined (saying why) when they are not.
  variables() {
    const text = this.variablesInput.value.trim();
    replace(this.errors);
    try {
      return text ? JSON.parse(text) : {};
    } catch (error) {
      this.status.textContent = "Not sent";
      this.status.dataset.state = "error";
      this.output.textContent = `The variables are not valid JSON: ${error.message}`;
      return undefined;
    }
  }

  async run() {
    const variables = this.variables();
    if (variables === undefined) return;
    this.runButton.disabled = true;
    this.status.textContent = "Running…";
    delete this.status.dataset.state;
    try {
      const result = await send(this.documentInput.value, variables, this.operationInput.value.trim());
      this.status.textContent = `HTTP ${result.status} · ${Math.round(result.milliseconds)} ms`;
      this.status.dataset.state = result.status < 400 && !result.json?.errors ? "ok" : "error";
      this.output.textContent = result.json ? JSON.stringify(result.json, null, 2) : result.text;
      this.showErrors(result.json?.errors ?? []);
    } catch (error) {
      this.status.textContent = error instanceof NetworkError ? "Can't reach the server" : error.message;
      this.status.dataset.state = "error";
      this.output.textContent = "";
    } finally {
      this.runButton.disabled = false;
    }
  }

  /// Each error with its code and, where it has a location, the document line with a caret.
  showErrors(errors) {
    const lines = this.documentInput.value.split(/\r\n|\r|\n/);
    replace(this.errors, errors.map((error) => {
      const where = (error.locations ?? []).map((location) => {
        const source = lines[location.line - 1] ?? "";
        return h("pre", { class: "error-source" },
          `${location.line}:${location.column}  ${source}\n${" ".repeat(String(location.line).length + String(location.column).length + 3 + location.column - 1)}^`);
      });
      const code = error.extensions?.code;
      return h("li", { class: "console-error" },
        h("span", { class: "error-message" }, error.message),
        code ? h("code", { class: "error-code" }, code) : null,
        where);
    }));
  }
}
