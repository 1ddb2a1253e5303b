import { h, replace } from "./dom.js";
import { runOperation, AuthError, NetworkError } from "./client.js";
import { saveKey } from "./credentials.js";

// Sign-in: a key, checked with a small query before it is kept. The URL stays as it is, so a
// deep link shows its selection once signed in. Resolves with the organization.
export function signIn(dialog, { message } = {}) {
  return new Promise((resolve) => {
    const input = h("input", { id: "sign-in-key", type: "password", class: "text-input", autocomplete: "off", spellcheck: "false", required: true, placeholder: "sq_live_…" });
    const remember = h("input", { id: "sign-in-remember", type: "checkbox" });
    const status = h("p", { class: "field-error", role: "alert" }, message ?? "");
    const submit = h("button", { type: "submit", class: "primary-button" }, "Sign in");
    const form = h("form", { class: "sign-in", method: "dialog" },
      h("h2", { id: "sign-in-title" }, "Sign in"),
      h("p", { class: "muted" }, "Paste an API key of your organization (", h("code", {}, "sessionql keys create"), ")."),
      h("label", { for: "sign-in-key" }, "API key"), input,
      h("label", { class: "check" }, remember, " Remember me on this device"),
      status, submit);
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const key = input.value.trim();
      submit.disabled = true;
      status.textContent = "";
      try {
        const data = await runOperation("SignInCheck", {}, { key });
        saveKey(key, remember.checked);
        dialog.close();
        resolve(data.viewer);
      } catch (error) {
        status.textContent = error instanceof AuthError ? "That key is not valid: it is unknown, revoked or mistyped."
          : error instanceof NetworkError ? error.message : error.message;
        input.focus();
      } finally {
        submit.disabled = false;
      }
    });
    dialog.addEventListener("cancel", (event) => event.preventDefault());
    replace(dialog, form);
    if (!dialog.open) dialog.showModal();
    input.focus();
  });
}
