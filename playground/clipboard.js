/// Copies text, or what a promise of text gives, and tells the button it worked ("Copied" for
/// a moment). Falls back to a hidden textarea where the asynchronous clipboard is not available.
export async function copyText(text, button) {
  let copied = false;
  try {
    text = await text;
    await navigator.clipboard.writeText(text);
    copied = true;
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    area.className = "offscreen";
    document.body.append(area);
    area.select();
    try { copied = typeof text === "string" && document.execCommand("copy"); } catch { copied = false; }
    area.remove();
  }
  if (button) {
    button.dataset.copied = copied ? "yes" : "no";
    button.title = copied ? "Copied" : "Copy failed";
    setTimeout(() => { delete button.dataset.copied; button.title = "Copy"; }, 1500);
  }
  return copied;
}
