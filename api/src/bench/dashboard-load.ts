import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { BenchBroke, quantile } from './http.js';
import type { ReadTargets } from './read-targets.js';
import { TIMELINE_POINTS, TREND_DEPTH } from './read-targets.js';

/**
 * Time from navigation to the first plot (or table) of a view, in headless
 * Chromium, on the bench's dataset: each navigation in a new browser context,
 * so nothing is cached (the cold visit of someone following a permalink).
 * One untimed navigation per view first warms the server, not the browser.
 *
 * The clock is the page's own (`performance.now()`, from the start of the
 * navigation): a script installed before the page's own watches the DOM and
 * notes the first animation frame after the view's selector matches, that
 * is, the frame that paints it.
 */

export interface PageLoadFigure {
  view: 'timeline' | 'grid' | 'changes' | 'comparison';
  label: string;
  /** The address opened (ids of the bench database). */
  path: string;
  /** What counts as drawn: this many elements match the selector. */
  waitsFor: { selector: string; count: number };
  navigations: number;
  ms: { p50: number; p95: number; min: number; max: number };
}

/** Headless Chromium for the bench and the browser tests; without the background-networking flags it tries the closed network at every start. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Why the figure cannot be measured here, or null when it can. */
export function pageLoadsUnavailable(): string | null {
  return fs.existsSync(CHROMIUM_PATH) ? null : `no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH)`;
}

/** The views the figure opens, with what marks each as drawn (the selectors the browser tests use). */
export function pageLoadCases(targets: ReadTargets): Omit<PageLoadFigure, 'navigations' | 'ms'>[] {
  const points = Math.min(TIMELINE_POINTS, targets.mainRevisions);
  const executables = targets.executableIds.length;
  const drawnPath = (className: string) => `path.${className}[d]:not([d=""])`;
  return [
    {
      view: 'timeline',
      label: `timeline permalink, 1 benchmark × ${executables} executables × ${points} revisions: every line drawn`,
      path:
        `/timeline?env=${targets.environmentId}&exe=${targets.executableIds.join(',')}` +
        `&ben=${targets.benchmarkId}&revs=${TIMELINE_POINTS}`,
      waitsFor: { selector: `.tl-chart ${drawnPath('tl-line')}`, count: executables },
    },
    {
      view: 'grid',
      label: `timeline grid, ${targets.benchmarks} benchmarks of 1 executable: first mini-plot drawn`,
      path: `/timeline?env=${targets.environmentId}&exe=${targets.gridExecutableId}&ben=grid`,
      waitsFor: { selector: `.tl-card ${drawnPath('tl-mini-line')}`, count: 1 },
    },
    {
      view: 'changes',
      label: `changes, 1 revision × ${targets.benchmarks} benchmarks, trend depth ${TREND_DEPTH}: first table filled`,
      path: `/changes?rev=${targets.revisionId}&exe=${targets.gridExecutableId}&env=${targets.environmentId}&trend=${TREND_DEPTH}`,
      waitsFor: { selector: 'section.changes[aria-busy="false"] table tbody tr', count: 1 },
    },
    {
      view: 'comparison',
      label: 'comparison with its default columns: first bar drawn',
      path: '/comparison',
      waitsFor: { selector: '.cmp-bar', count: 1 },
    },
  ];
}

export async function measurePageLoads(
  serverUrl: string,
  targets: ReadTargets,
  navigations: number,
  progress: (message: string) => void,
): Promise<PageLoadFigure[]> {
  // Loaded only here: playwright-core is a development dependency, and only this figure needs it.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const figures: PageLoadFigure[] = [];
    for (const view of pageLoadCases(targets)) {
      await navigate(browser, serverUrl, view);
      const times: number[] = [];
      for (let i = 0; i < navigations; i++) times.push(await navigate(browser, serverUrl, view));
      const figure = {
        ...view,
        navigations,
        ms: {
          p50: quantile(times, 0.5)!,
          p95: quantile(times, 0.95)!,
          min: Math.min(...times),
          max: Math.max(...times),
        },
      };
      progress(`${figure.label}: ${figure.ms.p50.toFixed(0)} ms (median)`);
      figures.push(figure);
    }
    return figures;
  } finally {
    await browser.close();
  }
}

const MARK = '__speedgraphBenchDrawn';
const TIMEOUT_MS = 60_000;

/** One cold navigation; the page's milliseconds from its navigation start to the frame that paints the view. */
async function navigate(
  browser: Browser,
  serverUrl: string,
  view: Omit<PageLoadFigure, 'navigations' | 'ms'>,
): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    // A string, not a function: this package is compiled without the DOM's types.
    await context.addInitScript({
      content: `(() => {
        const spec = ${JSON.stringify(view.waitsFor)};
        const observer = new MutationObserver(() => {
          if (document.querySelectorAll(spec.selector).length < spec.count) return;
          observer.disconnect();
          requestAnimationFrame(() => { window.${MARK} = performance.now(); });
        });
        observer.observe(document, { childList: true, subtree: true, attributes: true });
      })();`,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(serverUrl + view.path, { waitUntil: 'commit' });
    try {
      await page.waitForFunction(`window.${MARK} !== undefined`, undefined, { timeout: TIMEOUT_MS, polling: 50 });
    } catch {
      const found = await page.evaluate(`document.querySelectorAll(${JSON.stringify(view.waitsFor.selector)}).length`);
      throw new BenchBroke(
        `${view.path}: ${String(found)} of ${view.waitsFor.count} "${view.waitsFor.selector}" after ${TIMEOUT_MS / 1000} s` +
          (errors.length ? `; script errors: ${errors.join('; ')}` : ''),
      );
    }
    return (await page.evaluate(`window.${MARK}`)) as number;
  } finally {
    await context.close();
  }
}
