// The API key: in sessionStorage, and localStorage only with "remember me". The embedded demo
// hands loopback pages its key (/auth/demo-key); signing out stops that for the tab.
const name = "sessionql.apiKey";
const signedOut = "sessionql.signedOut";

export function currentKey() {
  return sessionStorage.getItem(name) ?? localStorage.getItem(name);
}

export function saveKey(key, remember) {
  sessionStorage.setItem(name, key);
  sessionStorage.removeItem(signedOut);
  if (remember) localStorage.setItem(name, key);
  else localStorage.removeItem(name);
}

export function forgetKey({ signOut = false } = {}) {
  sessionStorage.removeItem(name);
  localStorage.removeItem(name);
  if (signOut) sessionStorage.setItem(signedOut, "1");
}

/// The demo key when the server offers one to this page; null otherwise.
export async function demoKey() {
  if (sessionStorage.getItem(signedOut)) return null;
  try {
    const response = await fetch("/auth/demo-key", { cache: "no-store" });
    if (!response.ok) return null;
    const { key } = await response.json();
    return typeof key === "string" ? key : null;
  } catch {
    return null;
  }
}
