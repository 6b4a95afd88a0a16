/**
 * The signed-in user's API token, kept in the browser so a reload keeps the
 * session. Signing in is getting a token (the `signIn` mutation); signing out
 * forgets and revokes it.
 */
const KEY = 'speedgraph.token';

export function storedToken(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function storeToken(token: string | null): void {
  try {
    if (token) window.localStorage.setItem(KEY, token);
    else window.localStorage.removeItem(KEY);
  } catch {
    // Private browsing without storage: the session lasts as long as the page.
  }
}
