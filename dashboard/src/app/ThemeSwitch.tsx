import { useState } from 'react';
import { storedTheme, storeTheme, type ThemeChoice } from './theme';

const LABELS: Record<ThemeChoice, string> = { system: '◐ System', light: '☀ Light', dark: '☾ Dark' };

/** The header's theme picker: a native select, so keyboards and screen readers get it for free. */
export function ThemeSwitch() {
  const [choice, setChoice] = useState<ThemeChoice>(storedTheme);
  return (
    <select
      className="theme-switch"
      aria-label="Colour theme"
      title="Colour theme"
      value={choice}
      onChange={(event) => {
        const next = event.target.value as ThemeChoice;
        storeTheme(next);
        setChoice(next);
      }}
    >
      {(Object.keys(LABELS) as ThemeChoice[]).map((value) => (
        <option key={value} value={value}>
          {LABELS[value]}
        </option>
      ))}
    </select>
  );
}
