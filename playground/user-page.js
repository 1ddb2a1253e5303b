import { h } from "./dom.js";
import { navigate, userPath } from "./url-state.js";
import { SessionsPane } from "./sessions-pane.js";
import { TimelinePane } from "./timeline-pane.js";
import { DetailsPane } from "./details-pane.js";
import { Splitter } from "./splitter.js";
import { userHeader } from "./user-header.js";
import { LiveSessions } from "./live-sessions.js";

// The user's header over three panes. A choice in a pane changes the URL; `apply` brings the
// panes to the URL, loading only what changed.
export class UserPage {
  constructor() {
    this.header = h("header", { class: "user-header" });
    this.sessions = new SessionsPane();
    this.timeline = new TimelinePane();
    this.liveSessions = new LiveSessions(this.sessions, (session) => this.timeline.live.header(session));
    this.details = new DetailsPane();
    this.panes = h("div", { class: "panes", onkeydown: (event) => this.onPaneKey(event) });
    const sessionsSplitter = new Splitter({
      layout: this.panes, variable: "--sessions-width", controls: "pane-sessions", label: "Resize the sessions pane",
      min: 220, max: 560, initial: 320,
    });
    const timelineSplitter = new Splitter({
      layout: this.panes, variable: "--timeline-width", controls: "pane-timeline", label: "Resize the timeline pane",
      min: 280, max: 800, initial: 440,
    });
    // The splitters come last in the DOM (the grid places them between the columns), so Tab
    // goes from pane to pane and reaches the splitters after the details.
    sessionsSplitter.element.classList.add("splitter-sessions");
    timelineSplitter.element.classList.add("splitter-timeline");
    this.panes.append(this.sessions.element, this.timeline.element, this.details.element, sessionsSplitter.element, timelineSplitter.element);
    this.element = h("div", { class: "user-page" }, this.header, this.panes);
    this.state = null;

    const on = (name, handle) => this.element.addEventListener(name, (event) => handle(event.detail));
    on("session-choose", ({ id }) => this.go({ session: id, item: null }));
    on("item-choose", ({ id, session }) => this.go({ session, item: id }));
    on("list-mode", ({ tickets }) => this.go({ tickets }));
    on("filter-change", ({ change, replace }) => this.go(change, replace));
    on("session-renamed", (session) => this.sessions.renamed(session));
    on("sessions-retry", () => this.loadUser());
    on("timeline-retry", () => this.timeline.show(this.state));
  }

  go(change, replace = false) {
    navigate(userPath(this.state.identifier, { ...this.state, ...change }), { replace });
  }

  apply(state) {
    const previous = this.state;
    this.state = state;
    if (previous?.identifier !== state.identifier) this.loadUser(true);
    else if (previous.sq !== state.sq || previous.server !== state.server) this.loadUser(false);
    this.sessions.setMode(state.tickets);
    this.sessions.select(state.session, state.item);
    this.timeline.show(state);
    this.liveSessions.sync(state);
    this.details.show(state.item);
  }

  /// Loads the header and the sessions (a new user, or the same with other session filters).
  async loadUser(newUser = true) {
    const { identifier } = this.state;
    if (newUser) {
      userHeader(this.header, identifier, undefined);
      document.title = `${identifier} · SessionQL`;
    }
    try {
      const user = await this.sessions.load(identifier, this.state);
      if (user === undefined || this.state.identifier !== identifier) return;
      userHeader(this.header, identifier, user);
      this.liveSessions.sync(this.state, user);
      if (user) document.title = `${user.name || user.email || user.id} · SessionQL`;
      this.sessions.select(this.state.session, this.state.item);
    } catch {
      // The sessions pane shows the error with Retry; the header keeps the identifier.
    }
  }

  /// Right arrow goes to the next pane, Left arrow to the previous one, from a pane's list or body.
  onPaneKey(event) {
    if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.target;
    if (!(target.getAttribute("role") === "listbox" || target.classList.contains("pane-body"))) return;
    const order = [this.sessions, this.timeline, this.details];
    const current = order.findIndex((pane) => pane.element.contains(target));
    const next = order[current + (event.key === "ArrowRight" ? 1 : -1)];
    if (!next) return;
    event.preventDefault();
    next.focus();
  }

  focus() {
    this.sessions.focus();
  }
}
