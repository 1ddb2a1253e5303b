import { button, h } from "./dom.js";

const shortcuts = [
  ["/", "Search users (users page)"],
  ["↑ ↓  or  k j", "Move within a list"],
  ["Home End", "First or last loaded item"],
  ["Enter", "Select the highlighted item"],
  ["→  or  Tab", "Next pane"],
  ["←  or  Shift+Tab", "Previous pane"],
  ["← → on a divider", "Resize the panes"],
  ["Ctrl+Enter", "Run the console's document"],
  ["?", "Show this help"],
  ["Escape", "Close a dialog"],
];

export function fillShortcuts(dialog) {
  dialog.append(
    h("div", { class: "console-head" },
      h("h2", { id: "shortcuts-title" }, "Keyboard shortcuts"),
      button("Close", () => dialog.close())),
    h("dl", { class: "shortcut-list" }, shortcuts.map(([keys, what]) => h("div", { class: "fact" }, h("dt", {}, h("kbd", {}, keys)), h("dd", {}, what)))));
}
