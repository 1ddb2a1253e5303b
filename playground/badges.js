import { h } from "./dom.js";

const statusLabels = {
  NEEDS_EMAIL: "Needs email", PENDING: "Pending", IN_PROGRESS: "In progress", RESOLVED: "Resolved", CLOSED: "Closed",
};
const priorityLabels = { LOW: "Low", MEDIUM: "Medium", HIGH: "High", CRITICAL: "Critical" };

export function statusBadge(status) {
  return h("span", { class: `badge status-${(status || "").toLowerCase()}`, title: "Ticket status" }, statusLabels[status] ?? status);
}

export function priorityBadge(priority) {
  return h("span", { class: `badge priority-${(priority || "").toLowerCase()}`, title: "Priority" }, priorityLabels[priority] ?? priority);
}

export function errorBadge(text = "Error") {
  return h("span", { class: "badge error" }, text);
}

/// One term and its value in a <dl>.
export function fact(term, ...value) {
  return h("div", { class: "fact" }, h("dt", {}, term), h("dd", {}, ...value));
}

/// "1,204"; a count the server could not compute (null) reads as a dash.
export function count(value) {
  return value == null ? "—" : value.toLocaleString("en");
}

/// "1 tool call", "12 tool calls", "— tool calls".
export function plural(value, one, many = `${one}s`) {
  return `${count(value)} ${value === 1 ? one : many}`;
}
