// The URL is the source of truth: panes render from `readLocation()`, selections push a new
// URL (no reload), back and forward move through them.
//   /users?q=…   /users/<identifier>?session=…&item=…   (tickets=1 lists the user's tickets)

const changeEvent = "sessionql:locationchange";

export function readLocation(url = window.location) {
  const path = url.pathname.replace(/\/+$/, "") || "/";
  const params = new URLSearchParams(url.search);
  if (path === "/users" || path === "/") {
    return { page: "users", q: params.get("q") ?? "" };
  }
  const match = /^\/users\/([^/]+)$/.exec(path);
  if (match) {
    let identifier;
    try { identifier = decodeURIComponent(match[1]); } catch { identifier = match[1]; }
    return {
      page: "user",
      identifier,
      session: params.get("session") || null,
      item: params.get("item") || null,
      tickets: params.get("tickets") === "1",
    };
  }
  return { page: "missing", path };
}

export function usersPath(q = "") {
  return q ? `/users?${new URLSearchParams({ q })}` : "/users";
}

export function userPath(identifier, { session = null, item = null, tickets = false } = {}) {
  const params = new URLSearchParams();
  if (tickets) params.set("tickets", "1");
  if (session) params.set("session", session);
  if (item) params.set("item", item);
  const query = params.toString();
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
