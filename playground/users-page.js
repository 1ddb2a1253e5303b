import { debounced, h, initials } from "./dom.js";
import { runOperation } from "./client.js";
import { message, Pane } from "./pane.js";
import { VirtualList } from "./virtual-list.js";
import { timeElement } from "./time.js";
import { navigate, userPath, usersPath } from "./url-state.js";

// /users?q=…: the organization's end users, most recently active first, with a search over
// id, tracking id, email and name. "Load more" fetches the next page by cursor.
export class UsersPage {
  constructor() {
    this.search = h("input", {
      type: "search", id: "user-search", class: "search-input", autocomplete: "off", spellcheck: "false",
      placeholder: "id, tracking id, email or name", "aria-keyshortcuts": "/",
      oninput: debounced(() => navigate(usersPath(this.search.value.trim()), { replace: true })),
      onkeydown: (event) => {
        if (event.key === "ArrowDown" && this.list.items.length) { event.preventDefault(); this.list.focus(); this.list.setActive(0); }
      },
    });
    this.list = new VirtualList({
      label: "Users", rowHeight: 56, idPrefix: "user", keyOf: (user) => user.id, autoLoad: false,
      renderRow: userRow,
      fetchPage: async (after) => (await runOperation("UsersPage", { search: this.query || null, after }, { pane: "Users" })).users,
      onError: (error) => this.pane.showError(error, () => this.load()),
    });
    this.list.element.addEventListener("list-select", (event) => navigate(userPath(event.detail.item.id)));
    this.pane = new Pane({ name: "Users", id: "pane-users" });
    this.element = h("div", { class: "users-page" },
      h("div", { class: "search-bar" },
        h("label", { for: "user-search", class: "search-label" }, "Search users"),
        this.search,
        h("span", { class: "muted hint" }, "Press / to search")),
      this.pane.element);
    this.generation = 0;
    this.query = null;
  }

  apply(state) {
    if (this.query === null || document.activeElement !== this.search) this.search.value = state.q;
    if (state.q === this.query) return;
    this.query = state.q;
    this.load();
  }

  focusSearch() {
    this.search.focus();
    this.search.select();
  }

  focus() {
    this.search.focus();
  }

  async load() {
    const search = this.query;
    const generation = ++this.generation;
    this.pane.showLoading(search ? `Searching for “${search}”…` : "Loading users…");
    try {
      const data = await runOperation("UsersPage", { search: search || null }, { pane: "Users" });
      if (generation !== this.generation) return;
      this.list.setPage(data.users);
      this.pane.setCount(data.users.totalCount);
      if (this.list.items.length === 0) {
        this.pane.showContent(search
          ? message("placeholder", `No users match “${search}”`, "Search looks at ids, tracking ids, emails and names.")
          : message("placeholder", "No users yet", "Users appear here once they connect to one of your MCP servers."));
        return;
      }
      this.pane.showContent(h("p", { class: "muted list-caption" }, search ? `Users matching “${search}”, most recently active first` : "Most recently active first"), this.list.element);
      this.list.render();
    } catch (error) {
      if (generation !== this.generation) return;
      this.pane.showError(error, () => this.load());
    }
  }
}

function userRow(user) {
  const label = user.name || user.email || user.trackingId || user.id;
  return h("div", { class: "card user-row" },
    h("span", { class: "avatar small", "aria-hidden": "true" }, initials(user.name, user.email ?? user.trackingId)),
    h("div", { class: "user-row-text" },
      h("span", { class: "card-title" }, label),
      h("span", { class: "muted" }, [user.email, user.trackingId, user.id].filter((part) => part && part !== label).join(" · "))),
    h("span", { class: "user-row-time" }, "active ", timeElement(user.lastActiveAt)));
}

