import { h, replace } from "./dom.js";
import { onLocationChange, readLocation, navigate } from "./url-state.js";
import { UsersPage } from "./users-page.js";
import { UserPage } from "./user-page.js";
import { message } from "./pane.js";
import { QueryConsole } from "./console.js";
import { fillShortcuts } from "./shortcuts.js";
import { currentKey, demoKey, forgetKey, saveKey } from "./credentials.js";
import { signIn } from "./sign-in.js";
import { runOperation } from "./client.js";

// Entry point: renders the page the URL names and follows the URL (data-link links navigate
// without reload), owns the global keys, and asks for an API key when needed, URL unchanged.
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
    replace(view, message("notice page-notice", "No page here", h("a", { href: "/users", "data-link": true }, "Go to the users list")));
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

const signInDialog = document.getElementById("sign-in");
const account = document.querySelector('[data-role="account"]');
const signOutButton = document.querySelector('[data-action="sign-out"]');
let signingIn = null;

function showAccount(viewer) {
  account.textContent = viewer ? viewer.name : "";
  signOutButton.hidden = !viewer;
}

/// Opens the sign-in dialog (once, however many panes were refused) and resolves once a key
/// is accepted; then every pane loads again for the same URL.
function askForKey(message) {
  signingIn ??= signIn(signInDialog, { message }).then((viewer) => {
    signingIn = null;
    showAccount(viewer);
    current = null;
    render(readLocation());
  });
  return signingIn;
}

document.addEventListener("auth-required", () => {
  if (signingIn) return;
  forgetKey();
  showAccount(null);
  askForKey("The server refused your key (revoked or mistyped). Sign in again to go on.");
});

signOutButton.addEventListener("click", () => {
  forgetKey({ signOut: true });
  showAccount(null);
  askForKey();
});

async function start() {
  onLocationChange((state) => { if (!signingIn) render(state); });
  if (!currentKey()) {
    const demo = await demoKey();
    if (demo) saveKey(demo, false);
  }
  if (!currentKey()) {
    askForKey();
    return;
  }
  render(readLocation());
  runOperation("SignInCheck", {}).then((data) => showAccount(data.viewer), () => {});
}

start();
