import { h } from "./dom.js";

// An MCP CallToolResult's `content` as a reader wants it: text blocks as text, other block
// types labelled with what they hold. Returns null when `output` is not such a result.
export function contentBlocks(output) {
  if (!output || typeof output !== "object" || !Array.isArray(output.content)) return null;
  return h("div", { class: "content-blocks" }, output.content.map((block, index) => contentBlock(block, index)));
}

function contentBlock(block, index) {
  const type = block && typeof block === "object" ? String(block.type ?? "unknown") : typeof block;
  const label = (text) => h("div", { class: "block-label" }, `Block ${index + 1} · ${text}`);
  if (type === "text" && typeof block.text === "string") {
    return h("figure", { class: "block block-text" }, label("text"), h("pre", { class: "block-body" }, block.text));
  }
  if (type === "image" || type === "audio") {
    const size = typeof block.data === "string" ? ` · ${Math.round((block.data.length * 3) / 4 / 1024).toLocaleString("en")} KB` : "";
    const preview = type === "image" && typeof block.data === "string" && /^image\/(png|jpeg|gif|webp)$/.test(block.mimeType ?? "")
      ? h("img", { class: "block-image", alt: `Image block ${index + 1}`, src: `data:${block.mimeType};base64,${block.data}` })
      : null;
    return h("figure", { class: `block block-${type}` }, label(`${type}${block.mimeType ? ` (${block.mimeType})` : ""}${size}`), preview);
  }
  if (type === "resource" && block.resource && typeof block.resource === "object") {
    const resource = block.resource;
    return h("figure", { class: "block block-resource" },
      label(`resource ${resource.uri ?? ""}${resource.mimeType ? ` (${resource.mimeType})` : ""}`),
      typeof resource.text === "string" ? h("pre", { class: "block-body" }, resource.text) : null);
  }
  if (type === "resource_link") {
    return h("figure", { class: "block block-resource" }, label(`resource link ${block.uri ?? ""}${block.name ? ` (${block.name})` : ""}`));
  }
  return h("figure", { class: "block block-other" }, label(`${type} block`), h("pre", { class: "block-body" }, JSON.stringify(block, null, 2)));
}
