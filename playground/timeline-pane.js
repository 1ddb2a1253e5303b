import { h, replace } from "./dom.js";
import { runOperation } from "./client.js";
import { Pane } from "./pane.js";
import { VirtualList } from "./virtual-list.js";
import { duration, timeElement } from "./time.js";
import { icon } from "./icons.js";
import { errorBadge, plural, statusBadge } from "./badges.js";
import { TitleEditor } from "./title-editor.js";

const pageSize = 50;

// The centre pane: a session's header (editable title, times, counts) over its timeline in
// time order. A linked item beyond the first page is found by paging forward. Emits
// "item-choose".
export class TimelinePane {
  constructor() {
    this.pane = new Pane({ name: "Timeline", id: "pane-timeline" });
    this.element = this.pane.element;
    this.list = new VirtualList({
      label: "Timeline", rowHeight: 44, idPrefix: "item", keyOf: (item) => item.id,
      renderRow: timelineRow,
      fetchPage: async (after) => {
        const data = await runOperation("TimelinePage", { sessionId: this.sessionId, first: pageSize, after }, { pane: "Timeline" });
        return data.session?.timeline;
      },
      onError: (error) => {
        this.failed = true;
        this.pane.showError(error, () => this.emit("timeline-retry", {}));
      },
    });
    this.list.element.addEventListener("list-select", (event) => this.emit("item-choose", { id: event.detail.item.id, session: this.sessionId }));
    this.header = h("div", { class: "session-header" });
    this.sessionId = null;
    this.generation = 0;
    this.requests = 0;
    this.showPlaceholder();
  }

  emit(name, detail) {
    this.element.dispatchEvent(new CustomEvent(name, { bubbles: true, detail }));
  }

  focus() {
    if (this.list.element.isConnected) this.list.focus();
    else this.pane.body.focus();
  }

  showPlaceholder() {
    this.sessionId = null;
    this.generation += 1;
    this.pane.showPlaceholder("No session selected", "Choose a session on the left to see its tool calls and tickets in time order.");
  }

  /// Shows `sessionId` (loading it unless it is already shown) with `itemId` selected.
  async show(sessionId, itemId) {
    if (!sessionId) {
      this.showPlaceholder();
      return;
    }
    if (sessionId !== this.sessionId || this.failed) {
      await this.load(sessionId);
    }
    if (this.sessionId !== sessionId) return;
    this.list.setSelected(itemId, { reveal: true });
    if (itemId && this.list.indexOfKey(itemId) < 0) await this.pageUntil(itemId);
  }

  async load(sessionId) {
    this.sessionId = sessionId;
    this.failed = false;
    const generation = ++this.generation;
    this.pane.showLoading("Loading timeline…");
    try {
      const data = await runOperation("SessionTimeline", { sessionId, first: pageSize }, { pane: "Timeline" });
      if (generation !== this.generation) return;
      const session = data.session;
      if (!session) {
        this.pane.showNotice(`No session “${sessionId}” in this organization`, "It may have been removed, or the link belongs to another organization.");
        return;
      }
      this.session = session;
      this.renderHeader();
      this.list.setPage(session.timeline);
      const total = session.toolCallCount + session.supportTicketCount;
      this.pane.showContent(this.header, total === 0 && this.list.items.length === 0
        ? h("div", { class: "placeholder" }, h("p", { class: "placeholder-title" }, "Nothing happened in this session"), h("p", {}, "It has no tool calls and no tickets."))
        : this.list.element);
      this.list.render();
    } catch (error) {
      if (generation !== this.generation) return;
      this.failed = true;
      this.pane.showError(error, () => this.emit("timeline-retry", {}));
    }
  }

  renderHeader() {
    const session = this.session;
    const editor = new TitleEditor(session, (renamed) => {
      this.session = { ...this.session, ...renamed };
      this.emit("session-renamed", this.session);
    });
    replace(this.header,
      editor.element,
      h("dl", { class: "facts" },
        fact("Server", session.server?.name ?? "—"),
        fact("Connected", timeElement(session.connectedAt)),
        fact("Duration", duration(session.durationSeconds)),
        fact("Items", `${plural(session.toolCallCount, "tool call")} · ${plural(session.supportTicketCount, "ticket")}`),
        session.errorCount > 0 ? fact("Errors", errorBadge(plural(session.errorCount, "error"))) : null));
  }

  /// Pages forward until `itemId` is loaded, then scrolls to it and highlights it. The search
  /// stops early when the item turns out to belong to another session (`abandonSearch`).
  async pageUntil(itemId) {
    const generation = this.generation;
    this.searching = itemId;
    while (this.list.indexOfKey(itemId) < 0 && this.list.hasMore && !this.failed && this.searching === itemId) {
      await this.list.loadNext();
      if (generation !== this.generation) return;
    }
    if (this.searching === itemId) this.searching = null;
    if (this.list.indexOfKey(itemId) >= 0) this.list.setSelected(itemId, { reveal: true });
  }

  /// The details pane found that `itemId` is not in this session: stop paging for it.
  abandonSearch(itemId) {
    if (this.searching === itemId) this.searching = null;
  }
}

function fact(term, value) {
  return h("div", { class: "fact" }, h("dt", {}, term), h("dd", {}, value));
}

function timelineRow(item) {
  if (item.__typename === "SupportTicket") {
    return h("div", { class: "row ticket-row" },
      icon("ticket"), h("span", { class: "kind" }, "Ticket"),
      h("span", { class: "row-name" }, item.title || "Untitled ticket"),
      statusBadge(item.status),
      timeElement(item.createdAt, { mode: "clock" }));
  }
  return h("div", { class: `row tool-row${item.isError ? " failed" : ""}` },
    icon("tool"), h("span", { class: "kind" }, "Tool call"),
    h("span", { class: "row-name" }, item.toolName),
    item.isError ? errorBadge() : null,
    timeElement(item.createdAt, { mode: "clock" }));
}

