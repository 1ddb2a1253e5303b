import { documentText } from "./documents.js";

/// The server could not be reached at all (offline, refused, aborted by the network).
export class NetworkError extends Error {
  constructor(cause) {
    super("Can't reach the server. Check that SessionQL is running, then retry.");
    this.name = "NetworkError";
    this.cause = cause;
  }
}

/// The server answered, with GraphQL errors or an HTTP error status.
export class ServerError extends Error {
  constructor(message, { status, errors = [] } = {}) {
    super(message);
    this.name = "ServerError";
    this.status = status;
    this.errors = errors;
    this.code = errors[0]?.extensions?.code;
  }
}

/// The last document each pane ran, for its "Query" button: { query, variables, operationName }.
export const lastRuns = new Map();

const endpoint = "/graphql";

/// Sends any document and reports what came back, failures included, for the console:
/// { status, milliseconds, text, json }. Only a failure to reach the server throws.
export async function send(query, variables, operationName, { signal } = {}) {
  const started = performance.now();
  let response;
  try {
    response = await fetch(endpoint, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Accept: "application/graphql-response+json, application/json;q=0.9",
      },
      body: JSON.stringify({ query, variables: variables ?? {}, operationName: operationName || undefined }),
      signal,
    });
  } catch (error) {
    if (error.name === "AbortError") throw error;
    throw new NetworkError(error);
  }
  let text;
  try {
    text = await response.text();
  } catch (error) {
    if (error.name === "AbortError") throw error;
    throw new NetworkError(error);
  }
  const milliseconds = performance.now() - started;
  let json = null;
  try { json = JSON.parse(text); } catch { /* not JSON: shown as text */ }
  return { status: response.status, milliseconds, text, json };
}

/// Runs one of the playground's named documents for a pane and returns its `data`; any error
/// in the response throws a ServerError carrying the server's message.
export async function runOperation(operationName, variables, { pane, signal } = {}) {
  const query = documentText(operationName);
  if (pane) lastRuns.set(pane, { operationName, query, variables });
  const { status, json, text } = await send(query, variables, operationName, { signal });
  if (!json || typeof json !== "object") {
    throw new ServerError(`The server answered ${status} without a GraphQL response: ${text.slice(0, 200)}`, { status });
  }
  const errors = Array.isArray(json.errors) ? json.errors : [];
  if (errors.length > 0) {
    throw new ServerError(errors.map((error) => error.message).join("\n"), { status, errors });
  }
  if (status >= 400 || !json.data) throw new ServerError(`The server answered ${status}.`, { status });
  return json.data;
}
