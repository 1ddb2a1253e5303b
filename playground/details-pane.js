import { button, h, replace } from "./dom.js";
import { runOperation } from "./client.js";
import { message, Pane } from "./pane.js";
import { timeElement } from "./time.js";
import { icon } from "./icons.js";
import { errorBadge, fact, priorityBadge, statusBadge } from "./badges.js";
import { collapseAll, expandAll, jsonView } from "./json-view.js";
import { copyText } from "./clipboard.js";
import { contentBlocks } from "./content-blocks.js";
import { copyJsonButton, copyLinkButton } from "./copy-actions.js";

// The right pane: everything about the selected tool call or ticket. A tool call's facts,
// sizes and previews come first, then its full input and output by a second request, as JSON
// trees (an MCP result's content blocks also as text); one over 1 MB shows its first part
// until "Show all". "Copy as JSON" copies the item, with a call's full input and output.
export class DetailsPane {
  constructor() {
    this.pane = new Pane({ name: "Details", id: "pane-details", tools: [copyLinkButton()] });
    this.element = this.pane.element;
    this.pane.body.tabIndex = 0;
    this.itemId = null;
    this.generation = 0;
    this.showPlaceholder();
  }

  focus() {
    this.pane.body.focus();
  }

  showPlaceholder() {
    this.itemId = null;
    this.generation += 1;
    this.pane.showPlaceholder("No item selected", "Choose a tool call or ticket to see everything about it.");
  }

  async show(itemId) {
    if (!itemId) {
      this.showPlaceholder();
      return;
    }
    if (itemId === this.itemId && !this.failed) return;
    this.itemId = itemId;
    this.failed = false;
    const generation = ++this.generation;
    this.pane.showLoading("Loading details…");
    try {
      const data = await runOperation("ItemDetails", { id: itemId }, { pane: "Details" });
      if (generation !== this.generation) return;
      const item = data.item;
      if (!item || (item.__typename !== "ToolCall" && item.__typename !== "SupportTicket")) {
        this.pane.showNotice(`No tool call or ticket “${itemId}” in this organization`, "It may have been removed, or the link belongs to another organization.");
        return;
      }
      if (item.__typename === "SupportTicket") {
        this.pane.showContent(ticketDetails(item, copyJsonButton(() => item)));
        return;
      }
      // The pane and "Copy as JSON" share one payload request; a failed one is made again.
      let request;
      const full = () => (request ??= runOperation("ItemPayload", { id: item.id }, { pane: "Details" })
        .then(({ toolCall }) => toolCall ?? {}, (error) => { request = null; throw error; }));
      const { inputPreview, outputPreview, ...facts } = item;
      const payload = h("div", { class: "payload" });
      this.pane.showContent(toolCallDetails(item, payload, copyJsonButton(async () => ({ ...facts, ...(await full()) }))));
      this.loadPayload(item, payload, full, generation);
    } catch (error) {
      if (generation !== this.generation) return;
      this.failed = true;
      this.pane.showError(error, () => this.show(itemId));
    }
  }

  async loadPayload(call, payload, full, generation) {
    replace(payload, previewSection("Input", call.inputPreview, call.inputBytes), previewSection("Output", call.outputPreview, call.outputBytes),
      h("p", { class: "loading", role: "status" }, h("span", { class: "spinner", "aria-hidden": "true" }), " Loading the full input and output…"));
    try {
      const { input, output } = await full();
      if (generation !== this.generation) return;
      this.pane.ranQuery();
      replace(payload, lazily("Input", input, call.inputBytes, () => [jsonSection("Input", input, call.inputBytes)]),
        lazily("Output", output, call.outputBytes, () => outputSections(call, output)));
    } catch (error) {
      if (generation !== this.generation) return;
      this.pane.ranQuery();
      payload.lastChild.replaceWith(message("pane-error", "The input and output did not load", error.message,
        button("Retry", () => this.loadPayload(call, payload, full, generation), "retry-button")));
    }
  }
}

const bigPayload = 1_048_576;

/// "512 B", "14.2 KB", "1.1 MB".
function size(bytes) {
  if (bytes == null) return "null";
  if (bytes < 1024) return `${bytes} B`;
  return bytes < bigPayload ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / bigPayload).toFixed(1)} MB`;
}

function when(iso) {
  if (!iso) return h("span", { class: "muted" }, "—");
  return h("span", {}, timeElement(iso), h("span", { class: "muted exact" }, " · ", timeElement(iso, { mode: "exact" })));
}

function idText(id) {
  return h("code", { class: "id" }, id);
}

function sessionLink(session) {
  if (!session) return h("em", {}, "Outside any session");
  return h("span", {}, session.displayTitle, " ", idText(session.id));
}

function toolCallDetails(call, payload, copy) {
  return h("article", { class: "details", "aria-label": `Tool call ${call.toolName}` },
    h("header", { class: "details-head" },
      icon("tool"),
      h("h3", { class: "details-title" }, call.toolName),
      call.isError ? errorBadge("Failed") : h("span", { class: "badge ok" }, "Succeeded"), copy),
    h("dl", { class: "facts" },
      fact("Kind", "Tool call"),
      fact("Created", when(call.createdAt)),
      fact("Server", call.server?.name ?? "—"),
      fact("Session", sessionLink(call.session)),
      fact("User", call.user ? (call.user.email ?? idText(call.user.id)) : "—"),
      fact("Call id", idText(call.id)),
      fact("Size", `input ${size(call.inputBytes)} · output ${size(call.outputBytes)}`)),
    payload);
}

function outputSections(call, output) {
  const blocks = contentBlocks(output);
  return [blocks ? h("section", { class: `details-section${call.isError ? " is-error" : ""}`, "aria-label": "Output content" },
    h("h4", {}, "Output content"), blocks) : null,
  jsonSection(blocks ? "Output (raw)" : "Output", output, call.outputBytes, call.isError)];
}

function heading(title, bytes) {
  return h("h4", {}, title, h("span", { class: "size" }, ` · ${size(bytes)}`));
}

function previewSection(title, preview, bytes) {
  return h("section", { class: "details-section", "aria-label": `${title} preview` }, heading(title, bytes),
    h("pre", { class: "preview" }, preview ? preview.text + (preview.truncated ? "…" : "") : "null"));
}

/// `full()`, or for a payload over 1 MB its first 64 KB as text until "Show all" renders it.
function lazily(title, value, bytes, full) {
  if (!(bytes > bigPayload)) return full();
  const text = JSON.stringify(value, null, 2);
  const section = h("section", { class: "details-section", "aria-label": title },
    h("div", { class: "section-head" }, heading(title, bytes),
      h("div", { class: "section-tools" },
        button(`Show all (${size(bytes)})`, () => section.replaceWith(...full().filter(Boolean))),
        copyButton(value))),
    h("p", { class: "muted hint" }, "Large payload: only its first 64 KB are shown."),
    h("pre", { class: "json" }, `${text.slice(0, 65536)}…`));
  return section;
}

function copyButton(value) {
  return button("Copy", (event) => copyText(JSON.stringify(value, null, 2), event.currentTarget));
}

function ticketDetails(ticket, copy) {
  return h("article", { class: "details", "aria-label": `Ticket ${ticket.title ?? ticket.id}` },
    h("header", { class: "details-head" },
      icon("ticket"),
      h("h3", { class: "details-title" }, ticket.title || "Untitled ticket"),
      statusBadge(ticket.status), priorityBadge(ticket.priority), copy),
    h("dl", { class: "facts" },
      fact("Kind", "Support ticket"),
      fact("Status", statusBadge(ticket.status)),
      fact("Priority", priorityBadge(ticket.priority)),
      fact("Email", ticket.email),
      fact("Created", when(ticket.createdAt)),
      fact("Resolved", when(ticket.resolvedAt)),
      fact("Server", ticket.server?.name ?? "—"),
      fact("Session", sessionLink(ticket.session)),
      fact("Routed to", (ticket.supportRequestMethod ?? "").toLowerCase()),
      fact("Assignee", ticket.assigneeId ?? "—"),
      fact("Ticket id", idText(ticket.id))),
    h("section", { class: "details-section", "aria-label": "Summary" }, h("h4", {}, "Summary"),
      h("p", { class: "summary" }, ticket.conciseSummary || h("span", { class: "muted" }, "No summary"))),
    h("section", { class: "details-section", "aria-label": "Context" }, h("h4", {}, "Context"),
      ticket.context ? h("pre", { class: "context" }, ticket.context) : h("p", { class: "muted" }, "No context")));
}

function jsonSection(title, value, bytes, error = false) {
  const tree = jsonView(value, { label: title });
  return h("section", { class: `details-section${error ? " is-error" : ""}`, "aria-label": title },
    h("div", { class: "section-head" },
      heading(title, bytes),
      h("div", { class: "section-tools" },
        button("Expand all", () => expandAll(tree)),
        button("Collapse", () => collapseAll(tree)),
        copyButton(value))),
    tree);
}
