import { h } from "./dom.js";

const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const exact = new Intl.DateTimeFormat("en", {
  year: "numeric", month: "short", day: "numeric",
  hour: "2-digit", minute: "2-digit", second: "2-digit", timeZoneName: "short",
});
const clock = new Intl.DateTimeFormat("en", { hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
const steps = [
  ["second", 60], ["minute", 60], ["hour", 24], ["day", 7], ["week", 4.35], ["month", 12], ["year", Infinity],
];

/// "3 hours ago", "in 2 days", "now".
export function relativeTime(iso, now = Date.now()) {
  let amount = (Date.parse(iso) - now) / 1000;
  for (const [unit, size] of steps) {
    if (Math.abs(amount) < size) return relative.format(Math.round(amount), unit);
    amount /= size;
  }
  return iso;
}

export function exactTime(iso) {
  return exact.format(new Date(iso));
}

/// A <time> element: relative text (or the time of day, for `mode: "clock"`), the exact time on hover, the ISO instant in `datetime`.
/// A missing time reads as an em dash.
export function timeElement(iso, { mode = "relative" } = {}) {
  if (!iso) return h("span", { class: "muted" }, "—");
  const text = mode === "exact" ? exactTime(iso) : mode === "clock" ? clock.format(new Date(iso)) : relativeTime(iso);
  return h("time", { datetime: iso, title: exactTime(iso) }, text);
}

/// "45 s", "12 min", "3 h 5 min", "2 d 4 h".
export function duration(seconds) {
  if (seconds === null || seconds === undefined) return "—";
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}
