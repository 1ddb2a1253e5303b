// The URL is the source of truth: panes render from `readLocation()`, selections push a new
// URL (no reload), back and forward move through them.
//   /users?q=…   /users/<identifier>?session=…&item=…   (tickets=1 lists the user's tickets)
// On the user page, sq and server filter the sessions; kinds, errors, tools, q, since and
// until filter the timeline; live=1 streams new items and session counts.

const changeEvent = "sessionql:locationchange";
const kindNames = ["tool_call", "support_ticket"];

export function readLocation(url = window.location) {
  const path = url.pathname.replace(/\/+$/, "") || "/";
  const params = new URLSearchParams(url.search);
  const text = (name) => params.get(name) || null;
  const list = (name) => (params.get(name) ?? "").split(",").filter(Boolean);
  const instant = (name) => {
    const time = Date.parse(params.get(name));
    return Number.isNaN(time) ? null : new Date(time).toISOString();
  };
  if (path === "/users" || path === "/") {
    return { page: "users", q: params.get("q") ?? "" };
  }
  const match = /^\/users\/([^/]+)$/.exec(path);
  if (!match) return { page: "missing", path };
  let identifier;
  try { identifier = decodeURIComponent(match[1]); } catch { identifier = match[1]; }
  return {
    page: "user",
    identifier,
    tickets: params.get("tickets") === "1",
    sq: text("sq"),
    server: text("server"),
    session: text("session"),
    item: text("item"),
    kinds: list("kinds").filter((kind) => kindNames.includes(kind)),
    errors: params.get("errors") === "1",
    tools: list("tools"),
    q: text("q"),
    since: instant("since"),
    until: instant("until"),
    live: params.get("live") === "1",
  };
}

export function usersPath(q = "") {
  return q ? `/users?${new URLSearchParams({ q })}` : "/users";
}

/// The user page's URL for `state` (the fields of `readLocation`); empty fields are left out.
export function userPath(identifier, state = {}) {
  const params = new URLSearchParams();
  for (const name of ["tickets", "sq", "server", "session", "item", "kinds", "errors", "tools", "q", "since", "until", "live"]) {
    let value = state[name];
    if (Array.isArray(value)) value = value.join(",");
    if (value === true) value = "1";
    if (value) params.set(name, value);
  }
  // Commas and colons stay readable: they separate list items and the parts of a time.
  const query = params.toString().replace(/%2C|%3A/g, decodeURIComponent);
  return `/users/${encodeURIComponent(identifier)}${query ? `?${query}` : ""}`;
}

/// Moves to `url` without reloading; `replace` rewrites the current entry instead of adding one.
export function navigate(url, { replace = false } = {}) {
  const current = window.location.pathname + window.location.search;
  if (url === current) return;
  if (replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  window.dispatchEvent(new Event(changeEvent));
}

/// Calls `listener(state)` whenever the URL changes, by navigate() or by back and forward.
export function onLocationChange(listener) {
  const notify = () => listener(readLocation());
  window.addEventListener("popstate", notify);
  window.addEventListener(changeEvent, notify);
}
