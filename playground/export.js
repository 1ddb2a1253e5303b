import { button, h, replace } from "./dom.js";
import { currentKey } from "./credentials.js";

// Downloads from /export/…: fetched with the API key (a header, as for /graphql), then saved
// through an object URL under the server's file name. A failure shows until dismissed.
const alert = h("p", { class: "toast", role: "alert", hidden: true });

export const exportSession = (id, format, control) =>
  save(`sessions/${encodeURIComponent(id)}.${format}`, `session-${id}.${format}`, control);

export const exportUserSessions = (identifier, control) =>
  save(`users/${encodeURIComponent(identifier)}/sessions.csv`, `sessions-${identifier}.csv`, control);

/// The file name of a Content-Disposition header (may be null), or `fallback`.
export const fileName = (header, fallback) => /filename="?([^";]+)/.exec(header ?? "")?.[1].trim() || fallback;

async function save(path, fallback, control) {
  show("");
  control.setAttribute("aria-busy", "true");
  try {
    const response = await fetch(`/export/${path}`, { headers: { Authorization: `Bearer ${currentKey()}` } })
      .catch(() => { throw new Error("can't reach the server"); });
    if (response.status === 401) document.dispatchEvent(new Event("auth-required"));
    if (response.status !== 200) {
      const reason = (await response.json().catch(() => null))?.errors?.[0]?.message;
      throw new Error(`HTTP ${response.status}${reason ? ` · ${reason}` : ""}`);
    }
    const link = h("a", { href: URL.createObjectURL(await response.blob()), download: fileName(response.headers.get("Content-Disposition"), fallback) });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  } catch (error) {
    show(`Export failed: ${error.message}`);
  }
  control.removeAttribute("aria-busy");
}

function show(text) {
  alert.hidden = !text;
  replace(alert, text, button("Dismiss", () => show(""), "link-button"));
  document.body.append(alert);
}
