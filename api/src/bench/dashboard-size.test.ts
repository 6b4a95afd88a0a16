import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { measureBundle } from './dashboard-size.js';
import { BenchBroke } from './http.js';

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A dist directory shaped as Vite writes it: index.html, assets/, .vite/manifest.json. */
function dist(files: Record<string, string>, manifest: unknown | null) {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speedgraph-bundle-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  if (manifest) {
    fs.mkdirSync(path.join(dir, '.vite'));
    fs.writeFileSync(path.join(dir, '.vite/manifest.json'), JSON.stringify(manifest));
  }
  return dir;
}

const INDEX = `<!doctype html><html><head>
  <script type="module" crossorigin src="/assets/index-a.js"></script>
  <link rel="modulepreload" crossorigin href="/assets/react-b.js">
  <link rel="stylesheet" crossorigin href="/assets/index-c.css">
</head><body><div id="root"></div></body></html>`;

const MANIFEST = {
  'index.html': {
    file: 'assets/index-a.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_react-b.js'],
    dynamicImports: ['src/features/timeline/TimelinePage.tsx', 'src/features/changes/ChangesPage.tsx'],
    css: ['assets/index-c.css'],
  },
  '_react-b.js': { file: 'assets/react-b.js', imports: ['_runtime-r.js'] },
  '_runtime-r.js': { file: 'assets/runtime-r.js' },
  '_victory-v.js': { file: 'assets/victory-v.js', imports: ['_react-b.js'] },
  'src/features/timeline/TimelinePage.tsx': {
    file: 'assets/TimelinePage-t.js',
    src: 'src/features/timeline/TimelinePage.tsx',
    isDynamicEntry: true,
    imports: ['_victory-v.js', 'index.html'],
  },
  'src/features/changes/ChangesPage.tsx': {
    file: 'assets/ChangesPage-c.js',
    src: 'src/features/changes/ChangesPage.tsx',
    isDynamicEntry: true,
    imports: ['_react-b.js'],
  },
};

const FILES = {
  'index.html': INDEX,
  'assets/index-a.js': 'console.log("entry");'.repeat(50),
  'assets/react-b.js': 'export const react = 1;'.repeat(400),
  'assets/runtime-r.js': 'export const t = 0;',
  'assets/victory-v.js': 'export const victory = Math.random();'.repeat(300),
  'assets/TimelinePage-t.js': 'export default function Timeline() {}'.repeat(20),
  'assets/ChangesPage-c.js': 'export default function Changes() {}',
  'assets/index-c.css': 'body { margin: 0 }'.repeat(100),
};

describe('the dashboard bundle figure', () => {
  it('counts the first page as the entry and its static imports, and each view as what it adds', () => {
    const figure = measureBundle(dist(FILES, MANIFEST));
    expect(figure.firstPage.chunks.map((c) => c.file).sort()).toEqual([
      'assets/index-a.js',
      'assets/react-b.js',
      'assets/runtime-r.js',
    ]);
    const views = Object.fromEntries(figure.views.map((v) => [v.view, v.extra.chunks.map((c) => c.file).sort()]));
    // The timeline adds its chunk and Victory, not the React the first page already loaded; CSS is not JavaScript.
    expect(views).toEqual({
      timeline: ['assets/TimelinePage-t.js', 'assets/victory-v.js'],
      changes: ['assets/ChangesPage-c.js'],
    });
  });

  it('reports zlib default-level gzip sizes, biggest first, and their sum', () => {
    const figure = measureBundle(dist(FILES, MANIFEST));
    const gzip = (file: string) => gzipSync(Buffer.from(FILES[file as keyof typeof FILES])).length;
    for (const chunk of figure.firstPage.chunks) {
      expect(chunk.gzipBytes).toBe(gzip(chunk.file));
      expect(chunk.bytes).toBe(FILES[chunk.file as keyof typeof FILES].length);
    }
    const sizes = figure.firstPage.chunks.map((c) => c.gzipBytes);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(figure.firstPage.gzipBytes).toBe(sizes.reduce((a, b) => a + b, 0));
  });

  it('adds a module the page names that the manifest does not list', () => {
    const html = INDEX.replace('</head>', '<link rel="modulepreload" href="/assets/extra-e.js"></head>');
    const figure = measureBundle(dist({ ...FILES, 'index.html': html, 'assets/extra-e.js': 'export {}' }, MANIFEST));
    expect(figure.firstPage.chunks.map((c) => c.file)).toContain('assets/extra-e.js');
  });

  it('refuses a build without a manifest, naming the option', () => {
    const bare = dist(FILES, null);
    expect(() => measureBundle(bare)).toThrow(BenchBroke);
    expect(() => measureBundle(bare)).toThrow(/--manifest/);
  });
});
