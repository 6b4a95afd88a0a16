/**
 * The colour theme: the system's preference until a person picks one, then
 * their pick, remembered in this browser. The pick is a `data-theme` attribute
 * on <html>, which app.css reads; "system" removes it so the
 * `prefers-color-scheme` media query decides (and follows the OS live).
 */
export type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'speedgraph.theme';
const CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

export function storedTheme(): ThemeChoice {
  try {
    const value = window.localStorage.getItem(KEY);
    return CHOICES.find((choice) => choice === value) ?? 'system';
  } catch {
    return 'system';
  }
}

export function applyTheme(choice: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (choice === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = choice;
}

export function storeTheme(choice: ThemeChoice): void {
  applyTheme(choice);
  try {
    if (choice === 'system') window.localStorage.removeItem(KEY);
    else window.localStorage.setItem(KEY, choice);
  } catch {
    // Without storage the pick lasts as long as the page.
  }
}

// Applied when this module loads, before React's first render, so a dark pick
// does not flash light on every page load.
if (typeof document !== 'undefined') applyTheme(storedTheme());
