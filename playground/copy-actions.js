import { button } from "./dom.js";
import { copyText } from "./clipboard.js";

// Buttons that copy the page's link or an item as JSON, and the console's curl command.
export const copyLinkButton = () => button("Copy link", (event) => copyText(location.href, event.currentTarget));

/// `value()` (or what its promise gives) as indented JSON.
export const copyJsonButton = (value) =>
  button("Copy as JSON", (event) => copyText(Promise.resolve().then(value).then((json) => JSON.stringify(json, null, 2)), event.currentTarget));

/// POSTs `body` (JSON text) to this server's /graphql. The key stays in $SESSIONQL_KEY, in
/// double quotes so the shell expands it; the rest is single-quoted.
export function curlCommand(body) {
  const quoted = (text) => `'${text.replaceAll("'", "'\\''")}'`;
  return [`curl -s ${quoted(new URL("/graphql", location.href).href)}`, '-H "Authorization: Bearer $SESSIONQL_KEY"',
    "-H 'Content-Type: application/json'", `--data-raw ${quoted(body)}`].join(" \\\n  ");
}
