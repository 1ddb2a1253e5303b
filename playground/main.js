import { h, replace } from "./dom.js";
import { onLocationChange, readLocation, navigate } from "./url-state.js";
import { UsersPage } from "./users-page.js";
import { UserPage } from "./user-page.js";
import { QueryConsole } from "./console.js";
import { fillShortcuts } from "./shortcuts.js";

// The playground's entry point: renders the page the URL names and keeps it in step with the
// URL (links with data-link navigate without a reload), and owns the global keys.
const view = document.getElementById("view");
const queryConsole = new QueryConsole(document.getElementById("console"));
const shortcutsDialog = document.getElementById("shortcuts");
fillShortcuts(shortcutsDialog);

let current = null; // { kind, page }

function render(state) {
  if (state.page === "users") {
    if (current?.kind !== "users") mount("users", new UsersPage());
  } else if (state.page === "user") {
    if (current?.kind !== "user" || current.identifier !== state.identifier) {
      mount("user", new UserPage());
      current.identifier = state.identifier;
    }
  } else {
    current = { kind: "missing" };
    replace(view, h("div", { class: "notice page-notice" },
      h("p", { class: "notice-title" }, "No page here"),
      h("p", {}, h("a", { href: "/users", "data-link": true }, "Go to the users list"))));
    return;
  }
  current.page.apply(state);
}

function mount(kind, page) {
  current = { kind, page };
  replace(view, page.element);
  page.focus();
}

document.addEventListener("click", (event) => {
  const link = event.target.closest("a[data-link]");
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(link.getAttribute("href"));
});

document.addEventListener("console-open", (event) => queryConsole.open(event.detail));
document.querySelector('[data-action="open-console"]').addEventListener("click", () => queryConsole.open());
document.querySelector('[data-action="show-shortcuts"]').addEventListener("click", () => shortcutsDialog.showModal());

document.addEventListener("keydown", (event) => {
  const target = event.target;
  const typing = target.closest?.("input, textarea, select, [contenteditable]");
  if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.key === "?") {
    event.preventDefault();
    shortcutsDialog.showModal();
  } else if (event.key === "/" && current?.kind === "users") {
    event.preventDefault();
    current.page.focusSearch();
  }
});

onLocationChange(render);
render(readLocation());
