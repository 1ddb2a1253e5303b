import { button, h, replace } from "./dom.js";
import { runOperation } from "./client.js";

// The session title, edited in place: Enter saves (setSessionTitle), Escape cancels; a failed
// save keeps the field open with the server's message.
export class TitleEditor {
  constructor(session, onSaved) {
    this.session = session;
    this.onSaved = onSaved;
    this.element = h("div", { class: "title-editor" });
    this.showTitle();
  }

  showTitle() {
    const title = h("h3", { class: "session-title", title: "Click to rename", onclick: () => this.edit() }, this.session.displayTitle);
    const untitled = this.session.title ? null : h("span", { class: "muted untitled" }, "(no title set)");
    replace(this.element, title, untitled,
      button("Rename", () => this.edit()));
  }

  edit() {
    const input = h("input", {
      type: "text", class: "title-input", "aria-label": "Session title", maxlength: "200",
      value: this.session.title ?? "", placeholder: this.session.displayTitle,
    });
    const message = h("p", { class: "field-error", role: "alert" });
    const hint = h("span", { class: "muted hint" }, "Enter saves · Escape cancels · empty clears");
    input.addEventListener("keydown", (event) => {
      event.stopPropagation();
      if (event.key === "Enter") { event.preventDefault(); this.save(input, message); }
      if (event.key === "Escape") { event.preventDefault(); this.showTitle(); this.element.querySelector("button")?.focus(); }
    });
    replace(this.element, input, hint, message);
    input.focus();
    input.select();
  }

  async save(input, message) {
    input.disabled = true;
    message.textContent = "";
    try {
      const title = input.value.trim() === "" ? null : input.value;
      const data = await runOperation("SetSessionTitle", { id: this.session.id, title });
      if (!data.setSessionTitle) throw new Error(`No session “${this.session.id}” in this organization`);
      this.session = { ...this.session, ...data.setSessionTitle };
      this.onSaved(data.setSessionTitle);
      this.showTitle();
    } catch (error) {
      input.disabled = false;
      message.textContent = `Not saved: ${error.message}`;
      input.focus();
    }
  }
}
