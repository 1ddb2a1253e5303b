import { button, h } from "./dom.js";
import { liveState, onLiveState, subscribe } from "./live-socket.js";

const fade = 4000; // how long a new row stays highlighted, in ms
const labels = { connecting: "Connecting…", live: "Live", paused: "Paused", reconnecting: "Reconnecting…" };

// The timeline's Live mode (live=1 in the URL). A new item of the session wakes the timeline,
// which pages on, filters and all, from its last cursor, so it adds what matches, in order,
// once; Resume and a reconnect subscribe, then page on the same way. New rows glow a while;
// away from the end, a pill counts them and scrolls to them.
export class LiveTimeline {
  constructor(timeline) {
    const list = (this.list = timeline.list);
    Object.assign(this, { timeline, fresh: new Map(), unseen: 0 });
    this.toggle = button("Live", () => timeline.change({ live: !timeline.state.live }));
    this.toggle.title = "Show new items as they happen";
    this.pauseButton = button("Pause", () => { this.paused = !this.paused; this.sync(timeline.state); });
    this.label = h("span", { class: "live-state", role: "status" });
    // The toggle comes last, so what appears beside it does not move it from under the pointer.
    this.element = h("span", { class: "live-controls" }, this.label, this.pauseButton, this.toggle);
    timeline.pane.element.querySelector(".pane-tools").prepend(this.element);
    this.pill = button("", () => this.reveal(), "live-pill");
    list.element.append(h("div", { class: "live-dock" }, this.pill));
    const renderRow = list.renderRow;
    list.renderRow = (item, index) => {
      const row = renderRow(item, index), age = Date.now() - this.fresh.get(item.id);
      if (age < fade) row.classList.add("live-new"), (row.style.animationDelay = `${-age}ms`);
      return row;
    };
    list.element.addEventListener("scroll", () => this.atEnd() && this.count(0));
    const stopListening = onLiveState(() => this.showState());
    // Leaving the page stops the stream.
    const observer = new MutationObserver(() => timeline.element.isConnected || (this.sync(null), stopListening(), observer.disconnect()));
    observer.observe(document.getElementById("view"), { childList: true });
    this.sync(null);
  }

  /// Follows the URL's live flag and session; called once the timeline shows them.
  sync(state) {
    this.live = Boolean(state?.live && state.session);
    if (!this.live) this.paused = false;
    const session = this.live && !this.paused ? state.session : null;
    if (session !== this.session) {
      this.stop?.();
      Object.assign(this, { session, stop: null, error: null });
      this.count(0);
      if (session) {
        this.stop = subscribe("LiveTimeline", { sessionId: session }, {
          open: () => this.catchUp(),
          next: ({ data }) => this.list.indexOfKey(data?.timelineItemAdded?.id) < 0 && this.catchUp(),
          error: (errors) => { this.error = errors[0]?.message; this.showState(); },
        });
      }
    } else if (session && this.caughtUp !== this.list.generation) this.catchUp();
    this.element.hidden = !state?.session;
    this.toggle.setAttribute("aria-pressed", String(this.live));
    this.pauseButton.hidden = !this.live;
    this.pauseButton.textContent = this.paused ? "Resume" : "Pause";
    this.showState();
  }

  showState() {
    const state = this.paused ? "paused" : this.error ? "offline" : liveState;
    this.label.hidden = !this.live;
    this.label.dataset.state = state;
    this.label.textContent = labels[state] ?? "Offline";
    this.label.title = this.error ?? "";
  }

  atEnd() {
    const { element } = this.list;
    return !this.list.hasMore && element.scrollTop + element.clientHeight >= element.scrollHeight - this.list.rowHeight;
  }

  count(unseen) {
    this.unseen = unseen;
    this.pill.hidden = !unseen;
    this.pill.textContent = `${unseen} new ↓`;
  }

  /// Pages the timeline on from its last cursor to the end, adding the items it lacks; when
  /// the list does not hold its end yet, only counts them (scrolling there loads them).
  async catchUp() {
    if (this.busy) return void (this.again = true);
    const { list, timeline, session } = this;
    if (!session || timeline.sessionId !== session || timeline.failed) return;
    if (timeline.element.hasAttribute("aria-busy")) return void setTimeout(() => this.catchUp(), 250);
    Object.assign(this, { busy: true, again: false });
    const generation = list.generation, follow = this.atEnd(), start = list.items.length, total = list.total;
    let page, cursor = list.cursor;
    try {
      do {
        page = (await timeline.fetch("TimelinePage", { first: list.hasMore ? 1 : 100, after: cursor })).session?.timeline;
        if (!page || generation !== list.generation || list.hasMore) break;
        list.items.push(...page.nodes.filter((item) => list.indexOfKey(item.id) < 0));
        cursor = page.pageInfo.endCursor ?? cursor;
      } while (page.pageInfo.hasNextPage);
    } catch {
      page = null; // the next item, a resume or a reconnect tries again
    }
    this.busy = false;
    if (generation !== list.generation) return this.catchUp();
    if (page) {
      Object.assign(list, { cursor, total: page.totalCount });
      this.caughtUp = generation;
      timeline.pane.setCount(page.totalCount);
      const added = list.hasMore ? page.totalCount - total : list.items.length - start;
      for (const item of list.items.slice(start)) this.fresh.set(item.id, Date.now());
      if (!list.element.isConnected && added > 0) timeline.pane.showContent(list.element);
      list.render();
      if (follow) list.element.scrollTop = list.element.scrollHeight;
      else if (added > 0) this.count(this.unseen + added);
    }
    if (this.again) this.catchUp();
  }

  /// The session's fresh facts in the header, unless its title is being edited.
  header(session) {
    const { timeline } = this;
    if (session.id === this.session && !timeline.header.contains(document.activeElement)) timeline.renderHeader(session);
  }

  /// The pill: to the first new row, or to the end of the timeline when it is not loaded.
  async reveal() {
    const { list, timeline } = this;
    if (list.hasMore) {
      const page = await list.fetchPage(null, true).catch((error) => timeline.fail(error));
      if (!page) return;
      for (const item of page.nodes.slice(-this.unseen)) this.fresh.set(item.id, Date.now());
      list.setPage(page);
      timeline.pane.setCount(page.totalCount);
    }
    list.element.scrollTop = (list.items.length - this.unseen) * list.rowHeight;
    this.count(0);
  }
}
