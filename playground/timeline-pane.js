import { button, debounced, emit, h, replace } from "./dom.js";
import { runOperation } from "./client.js";
import { message, Pane } from "./pane.js";
import { VirtualList } from "./virtual-list.js";
import { duration, exactTime, timeElement } from "./time.js";
import { icon } from "./icons.js";
import { count, errorBadge, fact, plural, statusBadge } from "./badges.js";
import { TitleEditor } from "./title-editor.js";
import { exportMenu } from "./export-menu.js";
import { copyLinkButton } from "./copy-actions.js";
import { LiveTimeline } from "./live-timeline.js";

const pageSize = 50;
const kinds = [["tool_call", "Tool calls"], ["support_ticket", "Tickets"]];
const noFilter = { kinds: [], errors: false, tools: [], q: null, since: null, until: null };

// The centre pane: the session's header (editable title, facts, the mix of tools, which also
// picks tools to filter by) and a filter bar over its timeline in time order. A linked item
// comes with the page around it; scrolling loads the pages before and after. Emits
// "item-choose" and "filter-change".
export class TimelinePane {
  constructor() {
    this.exportMenu = exportMenu(() => this.sessionId);
    this.pane = new Pane({ name: "Timeline", id: "pane-timeline", tools: [this.exportMenu.element, copyLinkButton()] });
    this.element = this.pane.element;
    this.list = new VirtualList({
      label: "Timeline", rowHeight: 44, idPrefix: "item", keyOf: (item) => item.id,
      renderRow: timelineRow,
      fetchPage: async (cursor, backwards) => (await this.fetch("TimelinePage",
        backwards ? { last: pageSize, before: cursor } : { first: pageSize, after: cursor })).session?.timeline,
      onError: (error) => this.fail(error),
    });
    this.list.element.addEventListener("list-select", (event) => emit(this.element, "item-choose", { id: event.detail.item.id, session: this.sessionId }));
    this.header = h("div", { class: "session-header" });
    this.pane.bar.append(this.header, this.filterBar());
    this.generation = 0;
    this.live = new LiveTimeline(this);
    this.showPlaceholder();
  }

  /// The URL takes a filter change; typing replaces the history entry instead of adding one.
  change(change, replace = false) {
    emit(this.element, "filter-change", { change, replace });
  }

  filterBar() {
    const input = (label, type, onchange) => h("input", { type, class: "text-input", "aria-label": label, step: 1, onchange });
    const time = (name) => input(name === "since" ? "From" : "Until", "datetime-local",
      () => this.change({ [name]: this[name].value ? new Date(this[name].value).toISOString() : null }, true));
    this.kindButtons = kinds.map(([kind, label]) => button(label, () => this.change({ kinds: toggled(this.state.kinds, kind) }), "tab"));
    this.errorsButton = button("Errors only", () => this.change({ errors: !this.state.errors }));
    this.search = input("Search the timeline", "search");
    this.search.placeholder = "Search tools, payloads, tickets";
    this.search.oninput = debounced(() => this.change({ q: this.search.value.trim() }, true));
    this.since = time("since");
    this.until = time("until");
    this.clearButton = button("Clear filters", () => this.change(noFilter), "link-button");
    this.note = h("p", { class: "muted hint" }, "The selected item is not in this list: the filters hide it, or it is in another session.");
    return h("div", { class: "filter-bar", role: "group", "aria-label": "Filter the timeline" },
      h("div", { class: "tabs" }, this.kindButtons), this.errorsButton, this.search,
      h("span", { title: "From (inclusive) to (exclusive)" }, this.since, " – ", this.until), this.clearButton, this.note);
  }

  /// The controls show the URL's filter; a field being typed in keeps its text.
  syncFilter() {
    const { state } = this;
    const press = (button, on) => button.setAttribute("aria-pressed", String(on));
    kinds.forEach(([kind], index) => press(this.kindButtons[index], state.kinds.includes(kind)));
    press(this.errorsButton, state.errors);
    for (const button of this.header.querySelectorAll("[data-tool]")) press(button, state.tools.includes(button.dataset.tool));
    for (const [input, value] of [[this.search, state.q], [this.since, localTime(state.since)], [this.until, localTime(state.until)]]) {
      if (document.activeElement !== input) input.value = value ?? "";
    }
    this.clearButton.hidden = !timelineFilter(state);
  }

  fetch(operation, variables) {
    return runOperation(operation, { sessionId: this.sessionId, ...variables, ...(this.filter && { filter: this.filter }) }, { pane: "Timeline" });
  }

  focus() {
    (this.list.element.isConnected ? this.list : this.pane.body).focus();
  }

  showPlaceholder() {
    this.sessionId = null;
    this.generation += 1;
    this.exportMenu.trigger.disabled = true;
    this.pane.bar.hidden = true;
    this.pane.setCount(null);
    this.pane.showPlaceholder("No session selected", "Choose a session on the left to see its tool calls and tickets in time order.");
  }

  fail(error) {
    this.failed = true;
    this.pane.showError(error, () => emit(this.element, "timeline-retry"));
  }

  /// Brings the pane to the URL's session, item and filter, loading only for a new session, a
  /// new filter, or an item the list does not hold yet.
  async show(state) {
    const { session: sessionId, item: itemId } = state;
    Object.assign(this, { state, itemId });
    if (!sessionId) {
      this.live.sync(state);
      return this.showPlaceholder();
    }
    this.syncFilter();
    const filter = timelineFilter(state);
    const fresh = sessionId !== this.sessionId || this.failed;
    if (fresh || JSON.stringify(filter) !== JSON.stringify(this.filter) || (itemId && itemId !== this.around && this.list.indexOfKey(itemId) < 0)) {
      await this.load(sessionId, itemId, filter, fresh);
      if (this.sessionId !== sessionId || this.itemId !== itemId) return;
    }
    this.list.setSelected(itemId, { reveal: true });
    this.live.sync(this.state);
  }

  /// One request: the header too when `fresh`, and the first page of the filtered timeline or
  /// the page around `itemId`. An item that is not in the list costs a second one, without it.
  async load(sessionId, itemId, filter, fresh) {
    Object.assign(this, { sessionId, filter, around: itemId, failed: false });
    const generation = ++this.generation;
    if (fresh) {
      this.pane.bar.hidden = true;
      this.pane.setCount(null);
    }
    this.pane.showLoading("Loading timeline…");
    const operation = fresh ? "SessionTimeline" : "TimelinePage";
    const variables = itemId ? { first: pageSize, around: itemId } : { first: pageSize };
    try {
      let data;
      try {
        data = await this.fetch(operation, variables);
      } catch (error) {
        if (error.code !== "BAD_USER_INPUT" || !itemId || generation !== this.generation) throw error;
        delete variables.around;
        data = await this.fetch(operation, variables);
      }
      if (generation !== this.generation) return;
      const { session } = data;
      this.exportMenu.trigger.disabled = !session;
      if (!session) {
        this.pane.bar.hidden = true;
        return this.pane.showNotice(`No session “${sessionId}” in this organization`, "It may have been removed, or the link belongs to another organization.");
      }
      if (fresh) this.renderHeader(session);
      this.showList(session.timeline, itemId && !variables.around);
    } catch (error) {
      if (generation === this.generation) this.fail(error);
    }
  }

  showList(timeline, missing) {
    const empty = timeline.nodes.length === 0;
    this.pane.setCount(timeline.totalCount);
    this.note.hidden = !missing;
    this.pane.bar.hidden = false;
    if (!empty) this.pane.showContent(this.list.element);
    this.list.selectedKey = this.itemId;
    this.list.setPage(timeline);
    if (empty) {
      this.pane.showContent(this.filter
        ? message("placeholder", "No items match these filters", button("Clear filters", () => this.change(noFilter)))
        : message("placeholder", "Nothing happened in this session", "It has no tool calls and no tickets."));
    }
  }

  renderHeader(session) {
    const editor = new TitleEditor(session, (renamed) => emit(this.element, "session-renamed", { ...session, ...renamed }));
    const calls = session.toolCallCount;
    const open = session.openTicketCount ? ` (${session.openTicketCount} open)` : "";
    const usage = [...(session.toolUsage ?? [])].sort((a, b) => b.count - a.count);
    replace(this.header, editor.element,
      h("dl", { class: "facts" },
        fact("Server", session.server?.name ?? "—"),
        fact("Connected", timeElement(session.connectedAt)),
        fact("Duration", duration(session.durationSeconds)),
        fact("Items", `${plural(calls, "tool call")} · ${plural(session.supportTicketCount, "ticket")}${open}`),
        fact("Error rate", calls && session.errorCount != null ? `${percent(session.errorCount / calls)} (${plural(session.errorCount, "error")})` : "—")),
      usage.length ? h("div", { class: "tool-mix", role: "group", "aria-label": "Tools used (select to filter)" }, usage.map((tool) => {
        // A bar as long as the tool's share of the most used tool's calls, its failed part red.
        const bar = h("span", { class: "bar" }, h("span"));
        bar.style.width = `${(100 * tool.count) / usage[0].count}%`;
        bar.firstChild.style.width = `${(100 * tool.errorCount) / tool.count}%`;
        return h("button", {
          type: "button", class: "tool-use", "data-tool": tool.toolName,
          title: `${tool.toolName}: ${plural(tool.count, "call")}, ${plural(tool.errorCount, "error")}${tool.firstCalledAt ? `, ${exactTime(tool.firstCalledAt)} to ${exactTime(tool.lastCalledAt)}` : ""}`,
          onclick: () => this.change({ tools: toggled(this.state.tools, tool.toolName) }),
        }, h("span", { class: "row-name" }, tool.toolName),
        h("span", { class: "muted" }, count(tool.count), tool.errorCount ? h("span", { class: "error-text" }, ` · ${count(tool.errorCount)} failed`) : null), bar);
      })) : null);
    this.syncFilter();
  }
}

/// The GraphQL TimelineFilter of the URL's filter fields; null when nothing is filtered.
function timelineFilter({ kinds: shown, errors, tools, q, since, until }) {
  const filter = {};
  if (shown.length) filter.kinds = shown.map((kind) => kind.toUpperCase());
  if (tools.length) filter.toolNames = tools;
  if (errors) filter.isError = true;
  Object.assign(filter, q && { search: q }, since && { since }, until && { until });
  return Object.keys(filter).length ? filter : null;
}

/// "1.1 %"; a rate too small to show at one decimal reads "< 0.1 %", not "0.0 %".
function percent(rate) {
  return rate > 0 && rate < 0.001 ? "< 0.1 %" : `${(100 * rate).toFixed(1)} %`;
}

function toggled(list, value) {
  return list.includes(value) ? list.filter((other) => other !== value) : [...list, value];
}

/// An ISO instant as a datetime-local field's value (local time).
function localTime(iso) {
  const time = new Date(iso);
  return iso ? new Date(time - time.getTimezoneOffset() * 60000).toISOString().slice(0, 19) : "";
}

/// A row's text for an output preview: an MCP result's first text, else the JSON.
function previewText(preview) {
  if (!preview) return "";
  const match = /"text":"((?:[^"\\]|\\.)*)(")?/.exec(preview.text);
  if (!match) return preview.text + (preview.truncated ? "…" : "");
  try { return JSON.parse(`"${match[1]}"`) + (match[2] ? "" : "…"); } catch { return `${match[1]}…`; }
}

function timelineRow(item) {
  const ticket = item.__typename === "SupportTicket";
  return h("div", { class: ticket ? "row ticket-row" : `row tool-row${item.isError ? " failed" : ""}` },
    icon(ticket ? "ticket" : "tool"), h("span", { class: "kind" }, ticket ? "Ticket" : "Tool call"),
    h("span", { class: "row-name" }, ticket ? item.title || "Untitled ticket" : item.toolName),
    ticket ? statusBadge(item.status) : h("span", { class: "row-preview", title: item.outputPreview?.text }, previewText(item.outputPreview)),
    item.isError ? errorBadge() : null,
    timeElement(item.createdAt, { mode: "clock" }));
}
