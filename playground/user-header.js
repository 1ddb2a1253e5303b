import { h, initials, replace } from "./dom.js";
import { timeElement } from "./time.js";
import { fact, plural } from "./badges.js";

// The user's header. Avatars load only from this origin or a data URL (no outside request).
export function userHeader(element, identifier, user) {
  const back = h("a", { href: "/users", "data-link": true, class: "back-link" }, "← All users");
  if (user === undefined) {
    replace(element, back, h("div", { class: "user-summary" }, h("h1", { class: "user-name" }, identifier)));
    return;
  }
  if (user === null) {
    replace(element, back, h("div", { class: "user-summary" }, h("h1", { class: "user-name" }, identifier), h("p", { class: "muted" }, "Unknown user")));
    return;
  }
  replace(element, back,
    h("div", { class: "user-summary" },
      avatar(user),
      h("div", { class: "user-text" },
        h("h1", { class: "user-name" }, user.name || user.email || user.trackingId || user.id),
        h("dl", { class: "user-facts" },
          fact("Email", user.email ? [user.email, user.emailVerified ? h("span", { class: "badge ok", title: "Verified" }, "verified") : null] : "—"),
          fact("Tracking id", user.trackingId ? h("code", {}, user.trackingId) : "—"),
          fact("User id", h("code", {}, user.id)),
          fact("First seen", timeElement(user.firstSeenAt)),
          fact("Last active", timeElement(user.lastActiveAt)),
          fact("Activity", `${plural(user.sessionCount, "session")} · ${plural(user.toolCallCount, "tool call")} · ${plural(user.errorCount, "error")} · ${plural(user.supportTicketCount, "ticket")}`)))));
}

function avatar(user) {
  const image = user.image ?? "";
  const local = image.startsWith("data:image/") || (image.startsWith("/") && !image.startsWith("//"));
  if (local) return h("img", { class: "avatar", src: image, alt: "" });
  return h("span", { class: "avatar", "aria-hidden": "true" }, initials(user.name, user.email ?? user.trackingId));
}
