import { button, h, replace } from "./dom.js";

// A listbox that grows page by page, at either end, and keeps only the rows in view (fixed
// `rowHeight`) in the DOM. Keys per the WAI-ARIA listbox: one tab stop, arrows or j/k,
// Home/End, Enter selects. `fetchPage(cursor, backwards)` resolves to a connection ({ nodes,
// pageInfo }), one request at a time, when an end nears (or on "Load more"); a page added
// before keeps the rows in view where they were. Emits "list-select" { item, index }.
const overscan = 8;

export class VirtualList {
  constructor({ label, rowHeight, gap = 4, renderRow, keyOf, idPrefix, fetchPage, onError, autoLoad = true, moreLabel = "Load more" }) {
    Object.assign(this, { rowHeight, gap, renderRow, keyOf, idPrefix, autoLoad, fetchPage, onError });
    Object.assign(this, { generation: 0, items: [], hasMore: false, hasPrevious: false, loading: false, activeIndex: -1, selectedKey: null });
    this.rows = new Map(); // index → option element

    this.listbox = h("div", {
      role: "listbox", tabindex: "0", "aria-label": label, class: "vlist-box",
      onkeydown: (event) => this.onKeyDown(event),
      onclick: (event) => this.onClick(event),
      onfocus: () => { if (this.activeIndex < 0 && this.items.length) this.setActive(this.selectedIndex() >= 0 ? this.selectedIndex() : 0); },
    });
    this.moreButton = button(moreLabel, () => this.load(false), "more-button");
    this.footer = h("div", { class: "vlist-footer", "aria-live": "polite" });
    this.top = h("div", { class: "vlist-top", "aria-live": "polite" });
    this.element = h("div", { class: "vlist", onscroll: () => this.render() }, this.top, this.listbox, this.footer);
    new ResizeObserver(() => this.render()).observe(this.element);
  }

  /// Replaces the items with a connection's page (`total` keeps its totalCount); the selected
  /// item, when in it, is centred.
  setPage({ nodes, pageInfo, totalCount }) {
    this.generation += 1;
    Object.assign(this, { total: totalCount, pending: null, items: [...nodes], loading: false });
    this.setEnds(pageInfo, true, true);
    this.activeIndex = Math.min(this.activeIndex, this.items.length - 1);
    this.clearRows();
    this.listbox.style.height = `${this.items.length * this.rowHeight}px`;
    this.element.scrollTop = 0;
    this.setSelected(this.selectedKey, { reveal: true });
  }

  /// Takes the cursor and "more" flag of the start and/or the end from a page's pageInfo.
  setEnds(pageInfo, start, end) {
    if (start) Object.assign(this, { startCursor: pageInfo.startCursor, hasPrevious: pageInfo.hasPreviousPage });
    if (end) Object.assign(this, { cursor: pageInfo.endCursor, hasMore: pageInfo.hasNextPage });
  }

  clearRows() {
    for (const row of this.rows.values()) row.remove();
    this.rows.clear();
  }

  /// Fetches and adds the page after (or before) the loaded ones; resolves when it is in.
  load(backwards) {
    if (this.pending || !(backwards ? this.hasPrevious : this.hasMore)) return this.pending ?? Promise.resolve();
    const generation = this.generation;
    this.loading = backwards ? "before" : "after";
    this.renderFooter();
    this.pending = this.fetchPage(backwards ? this.startCursor : this.cursor, backwards).then((connection) => {
      if (generation !== this.generation || !connection) return;
      const { nodes, pageInfo } = connection;
      this.setEnds(pageInfo, backwards, !backwards);
      if (backwards) {
        this.items.unshift(...nodes);
        if (this.activeIndex >= 0) this.activeIndex += nodes.length;
        // Every index moved: rebuild the rows, one page lower, so the view does not move.
        this.clearRows();
        this.listbox.style.height = `${this.items.length * this.rowHeight}px`;
        this.element.scrollTop += nodes.length * this.rowHeight;
      } else {
        this.items.push(...nodes);
      }
      this.loading = false;
      this.render();
    }, (error) => {
      if (generation !== this.generation) return;
      this.loading = false;
      this.renderFooter();
      this.onError?.(error);
    }).finally(() => {
      if (generation === this.generation) this.pending = null;
    });
    return this.pending;
  }

  indexOfKey(key) {
    return key === null ? -1 : this.items.findIndex((item) => this.keyOf(item) === key);
  }

  selectedIndex() {
    return this.indexOfKey(this.selectedKey);
  }

  /// Marks the option with `key` as selected; `reveal` scrolls it into the middle of the view.
  setSelected(key, { reveal = false } = {}) {
    this.selectedKey = key;
    const index = this.indexOfKey(key);
    if (index >= 0) {
      this.activeIndex = index;
      if (reveal) this.scrollToIndex(index, { center: true });
    }
    this.render();
  }

  updateItem(key, change) {
    const index = this.indexOfKey(key);
    if (index < 0) return;
    this.items[index] = change(this.items[index]);
    this.clearRows();
    this.render();
  }

  focus() {
    this.listbox.focus({ preventScroll: true });
  }

  setActive(index) {
    if (this.items.length === 0) return;
    this.activeIndex = Math.max(0, Math.min(index, this.items.length - 1));
    this.scrollToIndex(this.activeIndex);
    this.render();
  }

  scrollToIndex(index, { center = false } = {}) {
    const top = index * this.rowHeight;
    const view = this.element.clientHeight;
    const scroller = this.element;
    if (center) {
      scroller.scrollTop = Math.max(0, top - (view - this.rowHeight) / 2);
    } else if (top < scroller.scrollTop) {
      scroller.scrollTop = top;
    } else if (top + this.rowHeight > scroller.scrollTop + view) {
      scroller.scrollTop = top + this.rowHeight - view;
    }
  }

  onClick(event) {
    const option = event.target.closest('[role="option"]');
    if (!option || !this.listbox.contains(option)) return;
    const index = Number(option.dataset.index);
    this.activeIndex = index;
    this.choose(index);
  }

  choose(index) {
    const item = this.items[index];
    if (item === undefined) return;
    this.element.dispatchEvent(new CustomEvent("list-select", { bubbles: true, detail: { item, index } }));
  }

  onKeyDown(event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const page = Math.max(1, Math.floor(this.element.clientHeight / this.rowHeight) - 1);
    const moves = {
      ArrowDown: 1, j: 1, ArrowUp: -1, k: -1, PageDown: page, PageUp: -page,
    };
    if (event.key in moves) {
      this.setActive((this.activeIndex < 0 ? -1 : this.activeIndex) + moves[event.key]);
    } else if (event.key === "Home") {
      this.setActive(0);
    } else if (event.key === "End") {
      this.setActive(this.items.length - 1);
    } else if (event.key === "Enter" || event.key === " ") {
      if (this.activeIndex >= 0) this.choose(this.activeIndex);
    } else {
      return;
    }
    event.preventDefault();
  }

  /// Creates the options in view and removes the others.
  render() {
    const { rowHeight } = this;
    this.listbox.style.height = `${this.items.length * rowHeight}px`;
    const view = this.element.clientHeight || 600;
    const top = this.element.scrollTop - this.listbox.offsetTop;
    const first = Math.max(0, Math.floor(top / rowHeight) - overscan);
    const last = Math.min(this.items.length - 1, Math.ceil((top + view) / rowHeight) + overscan);
    for (const [index, row] of this.rows) {
      if (index < first || index > last) {
        row.remove();
        this.rows.delete(index);
      }
    }
    for (let index = first; index <= last; index += 1) {
      let row = this.rows.get(index);
      if (!row) {
        row = this.renderRow(this.items[index], index);
        row.setAttribute("role", "option");
        row.id = `${this.idPrefix}-${index}`;
        row.dataset.index = String(index);
        row.dataset.key = this.keyOf(this.items[index]);
        row.classList.add("vlist-row");
        row.style.top = `${index * rowHeight}px`;
        row.style.height = `${rowHeight - this.gap}px`;
        row.setAttribute("aria-posinset", String(index + 1));
        this.rows.set(index, row);
        this.listbox.append(row);
      }
      row.setAttribute("aria-setsize", this.hasMore || this.hasPrevious ? "-1" : String(this.items.length));
      const selected = this.keyOf(this.items[index]) === this.selectedKey;
      row.setAttribute("aria-selected", selected ? "true" : "false");
      row.classList.toggle("active", index === this.activeIndex);
    }
    if (this.activeIndex >= 0 && this.rows.has(this.activeIndex)) {
      this.listbox.setAttribute("aria-activedescendant", `${this.idPrefix}-${this.activeIndex}`);
    } else {
      this.listbox.removeAttribute("aria-activedescendant");
    }
    this.renderFooter();
    if (this.autoLoad && !this.loading) {
      if (last >= this.items.length - 1 - overscan / 2) this.load(false);
      if (first <= overscan / 2) this.load(true);
    }
  }

  renderFooter() {
    const spinner = (text) => [h("span", { class: "spinner", "aria-hidden": "true" }), text];
    replace(this.top, this.loading === "before" ? h("span", {}, spinner(" Loading earlier items…")) : null);
    replace(this.footer, this.loading === "after" ? spinner(" Loading more…") : this.hasMore && !this.autoLoad ? this.moreButton : null);
  }
}
