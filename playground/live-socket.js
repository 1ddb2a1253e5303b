import { currentKey } from "./credentials.js";
import { documentText } from "./documents.js";

// The page's one graphql-transport-ws connection: opened by the first subscription, closed
// after the last. A dropped one comes back after 0.5 s doubling to 15 s (with jitter) and
// subscribes everything again; `open(again)` then runs (after a ping's pong, so the server
// holds the subscription) for its owner to catch up. A refused key asks for another.
const subscriptions = new Map(); // id → { payload, open, next, error }
const listeners = new Set();
let socket = null, acked = false, attempt = 0, retryTimer, quietTimer, lastId = 0, opening = [];
export let liveState = "closed"; // connecting, live, reconnecting, offline, closed

function setState(state) {
  liveState = state;
  for (const listener of listeners) listener(state);
}

/// Calls `listener(state)` on every change; returns the function that stops it.
export function onLiveState(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const send = (message) => socket?.readyState === 1 && socket.send(JSON.stringify(message));

function start(id, subscription) {
  send({ type: "subscribe", id, payload: subscription.payload });
  opening.push(subscription);
}

function connect() {
  close();
  opening = [];
  setState(attempt ? "reconnecting" : "connecting");
  const ws = (socket = new WebSocket(new URL("/graphql", location.href).href.replace(/^http/, "ws"), "graphql-transport-ws"));
  ws.onopen = () => send({ type: "connection_init", payload: { authorization: `Bearer ${currentKey()}` } });
  alive();
  ws.onmessage = ({ data }) => {
    alive();
    const message = JSON.parse(data);
    const subscription = subscriptions.get(message.id);
    if (message.type === "ping") send({ type: "pong" });
    else if (message.type === "pong") for (const each of opening.splice(0)) each.open?.(each.dropped);
    else if (message.type === "connection_ack") {
      acked = true;
      for (const [id, each] of subscriptions) start(id, each);
      send({ type: "ping" });
      attempt = 0;
      setState("live");
    } else if (message.type === "next") subscription?.next(message.payload);
    else if (subscription) subscription.error?.(message.payload ?? [{ message: "The server ended the stream." }]);
  };
  ws.onclose = ({ code }) => {
    if (ws !== socket) return;
    if (code === 4401 || code === 4403) {
      close();
      setState("offline");
      document.dispatchEvent(new Event("auth-required"));
    } else drop();
  };
}

/// The server pings every 15 s: 40 s without a word means the connection is gone.
function alive() {
  clearTimeout(quietTimer);
  quietTimer = setTimeout(drop, 40000);
}

/// Gives up the current connection and, while anything is subscribed, tries again later.
function drop() {
  close();
  if (!subscriptions.size) return setState("closed");
  for (const each of subscriptions.values()) each.dropped = true;
  // Offline, the "online" event brings it back.
  if (navigator.onLine === false) return setState("offline");
  retryTimer = setTimeout(connect, Math.min(15000, 500 * 2 ** attempt++) * (0.5 + Math.random() / 2));
  setState("reconnecting");
}

function close() {
  clearTimeout(quietTimer);
  clearTimeout(retryTimer);
  retryTimer = null;
  socket?.close(1000);
  socket = null;
  acked = false;
}

addEventListener("online", () => subscriptions.size && !acked && connect());
addEventListener("offline", () => subscriptions.size && drop());

/// Starts an operation of documents.js; `next(payload)` gets each result. Returns `stop`.
export function subscribe(operationName, variables, handlers) {
  const id = String(++lastId);
  const subscription = { payload: { query: documentText(operationName), variables, operationName }, ...handlers };
  subscriptions.set(id, subscription);
  if (!socket && !retryTimer) connect();
  else if (acked) {
    start(id, subscription);
    send({ type: "ping" });
  }
  return () => {
    if (!subscriptions.delete(id)) return;
    opening = opening.filter((each) => each !== subscription);
    if (acked) send({ type: "complete", id });
    if (subscriptions.size) return;
    close();
    setState("closed");
  };
}
