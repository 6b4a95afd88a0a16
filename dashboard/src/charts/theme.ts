import { useSyncExternalStore } from 'react';
import type { VictoryThemeDefinition } from 'victory';
import { isDark } from './palette';

/**
 * The page's colours, read from app.css's custom properties. Charts take the
 * resolved values rather than `var(--fg)`: an exported SVG or PNG is drawn
 * outside the page, where the variables do not exist.
 */
export interface ChartColors {
  fg: string;
  muted: string;
  bg: string;
  panel: string;
  border: string;
  accent: string;
  error: string;
  dark: boolean;
}

const LIGHT: ChartColors = {
  fg: '#1d2330',
  muted: '#5b6474',
  bg: '#ffffff',
  panel: '#f3f5f8',
  border: '#d9dee6',
  accent: '#2457c5',
  error: '#b42318',
  dark: false,
};

export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** The colours in effect now; the light defaults where a variable is missing (jsdom, tests). */
export function readChartColors(root: Element = document.documentElement): ChartColors {
  const style = getComputedStyle(root);
  const read = (name: keyof Omit<ChartColors, 'dark'>) => {
    const value = style.getPropertyValue(`--${name}`).trim();
    return /^#[0-9a-f]{3,6}$/i.test(value) ? value : LIGHT[name];
  };
  const bg = read('bg');
  return {
    fg: read('fg'),
    muted: read('muted'),
    bg,
    panel: read('panel'),
    border: read('border'),
    accent: read('accent'),
    error: read('error'),
    dark: isDark(bg),
  };
}

// The colours change with the system's colour scheme (app.css follows
// prefers-color-scheme) and with the header's theme pick (a data-theme
// attribute on <html>): a media-query listener and an attribute observer keep
// charts in step with both.
const DARK_QUERY = '(prefers-color-scheme: dark)';
let cached: { key: string; colors: ChartColors } | null = null;

function subscribe(onChange: () => void) {
  if (typeof window === 'undefined' || !window.matchMedia) return () => {};
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class', 'style'] });
  return () => {
    query.removeEventListener('change', onChange);
    observer.disconnect();
  };
}

function snapshot(): ChartColors {
  const dark = typeof window !== 'undefined' && !!window.matchMedia?.(DARK_QUERY).matches;
  const root = document.documentElement;
  const key = `${dark}|${root.getAttribute('data-theme')}|${root.className}|${root.getAttribute('style')}`;
  if (cached?.key !== key) cached = { key, colors: readChartColors(root) };
  return cached.colors;
}

/** The chart colours of the current theme; components re-render when the theme changes. */
export function useChartColors(): ChartColors {
  return useSyncExternalStore(subscribe, snapshot, () => LIGHT);
}

/** A Victory theme drawn from the page's colours: quiet axes and grid, readable 12px labels. */
export function chartTheme(c: ChartColors): VictoryThemeDefinition {
  const label = { fontFamily: FONT_FAMILY, fontSize: 12, fill: c.muted, padding: 6, stroke: 'transparent' };
  const axis = {
    style: {
      axis: { stroke: c.border, strokeWidth: 1 },
      axisLabel: { ...label, fill: c.fg, fontSize: 13, padding: 36 },
      grid: { stroke: c.border, strokeWidth: 1, strokeDasharray: '2 4', pointerEvents: 'painted' },
      ticks: { stroke: c.border, size: 4 },
      tickLabels: label,
    },
  };
  return {
    axis,
    dependentAxis: { style: { ...axis.style, grid: { ...axis.style.grid, strokeDasharray: '' } } },
    independentAxis: { style: { ...axis.style, grid: { stroke: 'transparent' } } },
    chart: { padding: { top: 16, right: 24, bottom: 48, left: 72 } },
    line: { style: { data: { strokeWidth: 2, fill: 'none' }, labels: label } },
    scatter: { style: { data: { strokeWidth: 0 }, labels: label } },
    errorbar: { borderWidth: 4, style: { data: { strokeWidth: 1, opacity: 0.7 }, labels: label } },
    area: { style: { data: { strokeWidth: 0 }, labels: label } },
    tooltip: {
      style: { ...label, fill: c.fg, fontSize: 12, textAnchor: 'start' },
      flyoutStyle: { fill: c.panel, stroke: c.border, strokeWidth: 1 },
      flyoutPadding: { top: 6, bottom: 6, left: 10, right: 10 },
      cornerRadius: 4,
      pointerLength: 8,
    },
    voronoi: {
      style: {
        labels: { ...label, fill: c.fg, textAnchor: 'start' },
        flyout: { fill: c.panel, stroke: c.border, strokeWidth: 1 },
      },
    },
    label,
    legend: { style: { labels: { ...label, fill: c.fg } } },
  };
}
