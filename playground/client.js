import { documentText } from "./documents.js";
import { currentKey } from "./credentials.js";

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

/// The server refused the API key (401): the page asks for one, keeping the URL.
export class AuthError extends ServerError {}

/// The last document each pane ran, for its "Query" button: { query, variables, operationName }.
export const lastRuns = new Map();

const endpoint = "/graphql";

/// The JSON body of a /graphql request (the console's curl command sends it too).
export function requestBody(query, variables, operationName) {
  return JSON.stringify({ query, variables: variables ?? {}, operationName: operationName || undefined });
}

/// Sends any document; { status, milliseconds, text, json }. Throws only when unreachable.
export async function send(query, variables, operationName, { signal, key = currentKey() } = {}) {
  const started = performance.now();
  const headers = { "Content-Type": "application/json", Accept: "application/graphql-response+json, application/json;q=0.9" };
  if (key) headers.Authorization = `Bearer ${key}`;
  let response;
  try {
    response = await fetch(endpoint, {
      method: "POST",
      headers,
      body: requestBody(query, variables, operationName),
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
  if (response.status === 401) document.dispatchEvent(new Event("auth-required"));
  let json = null;
  try { json = JSON.parse(text); } catch { /* not JSON: shown as text */ }
  return { status: response.status, milliseconds, text, json, retryAfter: response.headers.get("Retry-After") };
}

/// Runs a named document for a pane; returns `data`, throws on any error in the response.
export async function runOperation(operationName, variables, { pane, signal, key } = {}) {
  const query = documentText(operationName);
  if (pane) lastRuns.set(pane, { operationName, query, variables });
  let answer = await send(query, variables, operationName, { signal, key });
  if (answer.status === 429) {
    // Over the key's rate limit: wait as told (a few seconds at most), then try once more.
    const seconds = Math.min(5, Number(answer.retryAfter) || 1);
    await new Promise((done) => setTimeout(done, seconds * 1000));
    answer = await send(query, variables, operationName, { signal, key });
  }
  const { status, json, text } = answer;
  if (!json || typeof json !== "object") {
    throw new ServerError(`The server answered ${status} without a GraphQL response: ${text.slice(0, 200)}`, { status });
  }
  const errors = Array.isArray(json.errors) ? json.errors : [];
  if (status === 401) throw new AuthError(errors[0]?.message ?? "Sign in with an API key.", { status, errors });
  // A count that failed is null with an error at its path; the rest of the answer stands.
  const soft = (error) => /(?<!total)Count$|^toolUsage$/.test(error.path?.at(-1));
  if (errors.length > 0 && !(json.data && errors.every(soft))) {
    throw new ServerError(errors.map((error) => error.message).join("\n"), { status, errors });
  }
  if (status >= 400 || !json.data) throw new ServerError(`The server answered ${status}.`, { status });
  return json.data;
}
