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

/// "1 tool call", "12 tool calls".
export function plural(count, one, many = `${one}s`) {
  return `${count.toLocaleString("en")} ${count === 1 ? one : many}`;
}
