import { afterEach, describe, expect, it } from 'vitest';
import { applyTheme, storedTheme, storeTheme } from './theme';

afterEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset['theme'];
});

describe('the colour theme', () => {
  it('follows the system until a theme is picked', () => {
    expect(storedTheme()).toBe('system');
    expect(document.documentElement.dataset['theme']).toBeUndefined();
  });

  it('remembers a pick and marks the page with it', () => {
    storeTheme('dark');
    expect(storedTheme()).toBe('dark');
    expect(document.documentElement.dataset['theme']).toBe('dark');
  });

  it('forgets the pick when the system is chosen again', () => {
    storeTheme('light');
    storeTheme('system');
    expect(localStorage.getItem('speedgraph.theme')).toBeNull();
    expect(document.documentElement.dataset['theme']).toBeUndefined();
  });

  it('ignores a stored value it does not know', () => {
    localStorage.setItem('speedgraph.theme', 'sepia');
    expect(storedTheme()).toBe('system');
    applyTheme(storedTheme());
    expect(document.documentElement.dataset['theme']).toBeUndefined();
  });
});
