import { h } from "./dom.js";
import { runOperation } from "./client.js";
import { Pane } from "./pane.js";
import { timeElement } from "./time.js";
import { icon } from "./icons.js";
import { errorBadge, priorityBadge, statusBadge } from "./badges.js";
import { collapseAll, expandAll, jsonView } from "./json-view.js";
import { copyText } from "./clipboard.js";
import { contentBlocks } from "./content-blocks.js";

// The right pane: everything about the selected tool call or ticket. Input and output are
// JSON trees; an MCP result's content blocks are also shown as text.
export class DetailsPane {
  constructor() {
    this.pane = new Pane({ name: "Details", id: "pane-details" });
    this.element = this.pane.element;
    this.pane.body.tabIndex = 0;
    this.itemId = null;
    this.generation = 0;
    this.showPlaceholder();
  }

  emit(name, detail) {
    this.element.dispatchEvent(new CustomEvent(name, { bubbles: true, detail }));
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
        this.emit("item-loaded", { id: itemId, session: null });
        return;
      }
      this.pane.showContent(item.__typename === "ToolCall" ? toolCallDetails(item) : ticketDetails(item));
      this.emit("item-loaded", { id: item.id, session: item.session?.id ?? null });
    } catch (error) {
      if (generation !== this.generation) return;
      this.failed = true;
      this.pane.showError(error, () => this.show(itemId));
    }
  }
}

function fact(term, ...value) {
  return h("div", { class: "fact" }, h("dt", {}, term), h("dd", {}, ...value));
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

function toolCallDetails(call) {
  const blocks = contentBlocks(call.output);
  return h("article", { class: "details", "aria-label": `Tool call ${call.toolName}` },
    h("header", { class: "details-head" },
      icon("tool"),
      h("h3", { class: "details-title" }, call.toolName),
      call.isError ? errorBadge("Failed") : h("span", { class: "badge ok" }, "Succeeded")),
    h("dl", { class: "facts" },
      fact("Kind", "Tool call"),
      fact("Created", when(call.createdAt)),
      fact("Server", call.server?.name ?? "—"),
      fact("Session", sessionLink(call.session)),
      fact("User", call.user ? (call.user.email ?? idText(call.user.id)) : "—"),
      fact("Call id", idText(call.id))),
    jsonSection("Input", call.input),
    blocks ? h("section", { class: `details-section${call.isError ? " is-error" : ""}`, "aria-label": "Output content" },
      h("h4", {}, "Output content"), blocks) : null,
    jsonSection(blocks ? "Output (raw)" : "Output", call.output, { error: call.isError }));
}

function ticketDetails(ticket) {
  return h("article", { class: "details", "aria-label": `Ticket ${ticket.title ?? ticket.id}` },
    h("header", { class: "details-head" },
      icon("ticket"),
      h("h3", { class: "details-title" }, ticket.title || "Untitled ticket"),
      statusBadge(ticket.status), priorityBadge(ticket.priority)),
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

function jsonSection(title, value, { error = false } = {}) {
  const tree = jsonView(value, { label: title });
  return h("section", { class: `details-section${error ? " is-error" : ""}`, "aria-label": title },
    h("div", { class: "section-head" },
      h("h4", {}, title),
      h("div", { class: "section-tools" },
        h("button", { type: "button", class: "tool-button", onclick: () => expandAll(tree) }, "Expand all"),
        h("button", { type: "button", class: "tool-button", onclick: () => collapseAll(tree) }, "Collapse"),
        h("button", { type: "button", class: "tool-button", onclick: (event) => copyText(JSON.stringify(value, null, 2), event.currentTarget) }, "Copy"))),
    tree);
}
