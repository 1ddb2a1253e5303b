import { button, debounced, h } from "./dom.js";
import { runOperation } from "./client.js";
import { message, Pane } from "./pane.js";
import { VirtualList } from "./virtual-list.js";
import { timeElement } from "./time.js";
import { icon } from "./icons.js";
import { count, errorBadge, plural, statusBadge } from "./badges.js";
import { copyLinkButton } from "./copy-actions.js";
import { exportUserSessions } from "./export.js";

// The left pane: the user's sessions as compact cards, most recent first, searchable and by
// server, or the user's tickets (outside any session too). Emits "session-choose",
// "item-choose" and "filter-change".
export class SessionsPane {
  constructor() {
    this.sessionsTab = button("Sessions", () => this.emit("list-mode", { tickets: false }), "tab");
    this.ticketsTab = button("Tickets", () => this.emit("list-mode", { tickets: true }), "tab");
    const exportButton = button("Export sessions (CSV)", () => exportUserSessions(this.identifier, exportButton));
    this.pane = new Pane({
      name: "Sessions", id: "pane-sessions",
      tools: [h("div", { class: "tabs", role: "group", "aria-label": "List" }, this.sessionsTab, this.ticketsTab), exportButton, copyLinkButton()],
    });
    this.element = this.pane.element;
    this.search = h("input", {
      type: "search", class: "text-input", "aria-label": "Search sessions", placeholder: "Search titles",
      oninput: debounced(() => this.emit("filter-change", { change: { sq: this.search.value.trim() }, replace: true })),
    });
    this.server = h("select", {
      class: "text-input", "aria-label": "Server",
      onchange: () => this.emit("filter-change", { change: { server: this.server.value } }),
    }, h("option", { value: "" }, "All servers"));
    this.pane.bar.append(h("div", { class: "filter-bar" }, this.search, this.server));
    const onError = (error) => this.pane.showError(error, () => this.emit("sessions-retry", {}));
    this.sessions = new VirtualList({
      label: "Sessions", rowHeight: 70, idPrefix: "session", keyOf: (session) => session.id,
      renderRow: sessionCard, onError,
      fetchPage: async (after) => (await this.fetch("UserSessions", after))?.user?.sessions,
    });
    this.tickets = new VirtualList({
      label: "Tickets", rowHeight: 58, idPrefix: "ticket", keyOf: (ticket) => ticket.id,
      renderRow: ticketCard, onError,
      fetchPage: async (after) => (await this.fetch("UserTickets", after))?.user?.supportTickets,
    });
    this.sessions.element.addEventListener("list-select", (event) => this.emit("session-choose", { id: event.detail.item.id }));
    this.tickets.element.addEventListener("list-select", (event) => {
      const ticket = event.detail.item;
      this.emit("item-choose", { id: ticket.id, session: ticket.session?.id ?? null });
    });
    this.identifier = null;
    this.showingTickets = false;
    this.generation = 0;
  }

  emit(name, detail) {
    this.element.dispatchEvent(new CustomEvent(name, { bubbles: true, detail }));
  }

  /// One page of the user's sessions (filtered) or tickets.
  fetch(operation, after) {
    const variables = { identifier: this.identifier };
    if (after) variables.after = after;
    if (this.filter && operation === "UserSessions") variables.filter = this.filter;
    return runOperation(operation, variables, { pane: "Sessions" });
  }

  get list() {
    return this.showingTickets ? this.tickets : this.sessions;
  }

  focus() {
    if (this.list.element.isConnected) this.list.focus();
    else this.pane.body.focus();
  }

  notFound() {
    this.pane.showNotice(`No user “${this.identifier}” in this organization`, "Check the link, or find the user in the users list.");
  }

  /// Loads the user's first page of sessions, filtered by the URL's `sq` and `server`;
  /// resolves to the user (null when unknown) so the page header can show it. Errors stay in
  /// this pane, with Retry.
  async load(identifier, { sq, server }) {
    if (identifier !== this.identifier) this.ticketsLoaded = false;
    this.identifier = identifier;
    this.filter = sq || server ? { ...(sq && { search: sq }), ...(server && { serverIds: [server] }) } : null;
    if (document.activeElement !== this.search) this.search.value = sq ?? "";
    const generation = ++this.generation;
    this.loaded = false;
    this.pane.showLoading("Loading sessions…");
    try {
      const data = await this.fetch("UserSessions", null);
      const user = data.user;
      if (generation !== this.generation) return undefined;
      if (!user) {
        this.notFound();
        return null;
      }
      if (this.server.options.length === 1) {
        this.server.append(...data.viewer.servers.map((each) => h("option", { value: each.id }, each.name)));
      }
      this.server.value = server ?? "";
      this.sessions.setPage(user.sessions);
      this.loaded = true;
      this.render();
      return user;
    } catch (error) {
      if (generation !== this.generation) return undefined;
      this.pane.showError(error, () => this.emit("sessions-retry", {}));
      throw error;
    }
  }

  render() {
    const tickets = this.showingTickets;
    this.sessionsTab.setAttribute("aria-pressed", String(!tickets));
    this.ticketsTab.setAttribute("aria-pressed", String(tickets));
    this.pane.bar.hidden = tickets;
    if (tickets && !this.ticketsLoaded) {
      this.loadTickets();
      return;
    }
    this.pane.setCount(this.list.total, tickets ? "Tickets" : "Sessions");
    const [what, none] = tickets
      ? ["No tickets", "This user has not opened a support ticket here."]
      : this.filter ? ["No sessions match", "Nothing on this server or with this title."] : ["No sessions", "This user has no session on your servers."];
    this.pane.showContent(this.list.items.length
      ? this.list.element
      : message("placeholder", what, none));
    this.list.setSelected(this.list.selectedKey, { reveal: true });
    // Arriving on the page focuses this pane; once its list exists, the list takes the focus.
    if (document.activeElement === this.pane.body) this.list.focus();
  }

  setMode(tickets) {
    if (this.showingTickets === tickets) return;
    this.showingTickets = tickets;
    if (this.loaded) this.render();
  }

  select(sessionId, itemId) {
    this.sessions.setSelected(sessionId, { reveal: true });
    this.tickets.setSelected(itemId, { reveal: true });
  }

  async loadTickets() {
    const generation = this.generation;
    this.pane.showLoading("Loading tickets…");
    try {
      const { user } = await this.fetch("UserTickets", null);
      if (generation !== this.generation) return;
      if (!user) {
        this.notFound();
        return;
      }
      this.tickets.setPage(user.supportTickets);
      this.ticketsLoaded = true;
      this.render();
    } catch (error) {
      if (generation !== this.generation) return;
      this.pane.showError(error, () => this.loadTickets());
    }
  }

  /// A title edited in the timeline pane shows on its card too.
  renamed(session) {
    this.sessions.updateItem(session.id, (card) => ({ ...card, title: session.title, displayTitle: session.displayTitle }));
  }
}

function sessionCard(session) {
  return h("div", { class: "card session-card" },
    h("div", { class: "card-line" },
      h("span", { class: "card-title" }, session.displayTitle),
      timeElement(session.connectedAt ?? session.lastActivityAt)),
    h("div", { class: "card-line card-meta" },
      h("span", { class: "server-name" }, icon("session"), session.server?.name ?? "Unknown server"),
      h("span", { class: "counts" },
        h("span", { class: "count", title: plural(session.toolCallCount, "tool call") }, icon("tool"), count(session.toolCallCount)),
        h("span", { class: "count", title: plural(session.supportTicketCount, "ticket") }, icon("ticket"), count(session.supportTicketCount)),
        session.errorCount > 0 ? errorBadge(plural(session.errorCount, "error")) : null)));
}

function ticketCard(ticket) {
  return h("div", { class: "card ticket-card" },
    h("div", { class: "card-line" },
      h("span", { class: "card-title" }, icon("ticket"), ticket.title || "Untitled ticket"),
      timeElement(ticket.createdAt)),
    h("div", { class: "card-line card-meta" },
      h("span", { class: "server-name" }, ticket.session ? ticket.session.displayTitle : h("em", {}, "Outside any session")),
      statusBadge(ticket.status)));
}
