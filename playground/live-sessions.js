import { subscribe } from "./live-socket.js";

// While Live is on, the user's session cards take each session's fresh counts and title (and
// `onSession` gets it); a session that connects goes on top unless a search or a server
// narrows the list. After a reconnect the first page is read again for what was missed.
export class LiveSessions {
  constructor(pane, onSession) {
    Object.assign(this, { pane, onSession });
    const observer = new MutationObserver(() => pane.element.isConnected || (this.sync({}), observer.disconnect()));
    observer.observe(document.getElementById("view"), { childList: true });
  }

  /// `user` (the loaded user, or null) once the sessions pane has it.
  sync(state, user) {
    if (user !== undefined) this.user = user && { identifier: state.identifier, id: user.id };
    const userId = state.live && this.user?.identifier === state.identifier ? this.user.id : null;
    if (userId === this.userId) return;
    this.stop?.();
    this.userId = userId;
    this.stop = userId && subscribe("LiveSessions", { userId }, {
      open: (again) => again && this.pane.fetch("UserSessions", null)
        .then((data) => data.user?.sessions.nodes.reverse().forEach((session) => this.update(session)), () => {}),
      next: ({ data }) => data && (this.onSession(data.sessionActivity), this.update(data.sessionActivity)),
    });
  }

  update(session) {
    const { pane } = this, list = pane.sessions;
    if (list.indexOfKey(session.id) >= 0) return list.updateItem(session.id, () => session);
    const newest = list.items[0];
    if (pane.filter || !pane.loaded || (newest && !(Date.parse(session.connectedAt) > Date.parse(newest.connectedAt)))) return;
    list.items.unshift(session);
    list.total += 1;
    if (list.activeIndex >= 0) list.activeIndex += 1;
    if (list.element.scrollTop > 0) list.element.scrollTop += list.rowHeight;
    list.clearRows();
    if (pane.showingTickets) return;
    if (list.element.isConnected) list.render(), pane.pane.setCount(list.total, "Sessions");
    else pane.render();
  }
}
