import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { BenchBroke } from './http.js';

/**
 * What the dashboard's JavaScript costs to download, gzipped with zlib's
 * default level (what a server compressing on the fly sends): the first page
 * (`/`: the module script of index.html and everything it imports
 * statically, which Vite also lists as modulepreload links), and what each
 * view loads on top when it is opened (its lazy chunk and their static
 * imports not already loaded).
 */

export interface Chunk {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface ChunkSet {
  /** The chunks, biggest (gzipped) first. */
  chunks: Chunk[];
  bytes: number;
  gzipBytes: number;
}

export interface BundleFigure {
  /** First page: what `/` loads before anything is drawn. */
  firstPage: ChunkSet;
  /** Per view (timeline, changes, comparison, admin, about): what opening it adds to the first page. */
  views: { view: string; extra: ChunkSet }[];
  /** Goal of issue 6 for the first page, gzipped. */
  goalGzipBytes: number;
}

export const FIRST_PAGE_GOAL_GZIP_BYTES = 250 * 1024;

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export function measureBundle(distDir: string): BundleFigure {
  const html = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const manifestFile = path.join(distDir, '.vite/manifest.json');
  if (!fs.existsSync(manifestFile)) throw new BenchBroke(`no Vite manifest at ${manifestFile} (build with --manifest)`);
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>;
  const entryKey = Object.keys(manifest).find((key) => manifest[key]!.isEntry && manifest[key]!.src === 'index.html');
  if (!entryKey) throw new BenchBroke('the Vite manifest has no entry for index.html');

  // The manifest's static closure of the entry, and whatever else the page itself names.
  const first = staticClosure(manifest, [entryKey]);
  for (const file of htmlScripts(html)) first.add(file);
  const firstFiles = new Set([...first].filter((file) => file.endsWith('.js')));

  const views = (manifest[entryKey]!.dynamicImports ?? []).map((key) => {
    const extra = [...staticClosure(manifest, [key])].filter((file) => file.endsWith('.js') && !firstFiles.has(file));
    return { view: viewName(key), extra: chunkSet(distDir, extra) };
  });
  return { firstPage: chunkSet(distDir, [...firstFiles]), views, goalGzipBytes: FIRST_PAGE_GOAL_GZIP_BYTES };
}

/** Files (relative to the dist directory) of some manifest chunks and of everything they import statically. */
function staticClosure(manifest: Record<string, ManifestChunk>, keys: string[]): Set<string> {
  const seen = new Set<string>();
  const files = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new BenchBroke(`the Vite manifest names ${key} but has no entry for it`);
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return files;
}

/** The module script and the modulepreload links of index.html, as paths in the dist directory. */
function htmlScripts(html: string): string[] {
  const files: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isModule = /^<script\b/.test(tag) && /\btype="module"/.test(tag);
    const isPreload = /^<link\b/.test(tag) && /\brel="modulepreload"/.test(tag);
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if ((isModule || isPreload) && url && !/^[a-z]+:/i.test(url)) files.push(url.replace(/^\//, ''));
  }
  return files;
}

/** `src/features/timeline/TimelinePage.tsx` → `timeline`. */
function viewName(key: string): string {
  return /features\/([^/]+)\//.exec(key)?.[1] ?? path.basename(key).replace(/\.[^.]+$/, '');
}

function chunkSet(distDir: string, files: string[]): ChunkSet {
  const chunks = files
    .map((file) => {
      const content = fs.readFileSync(path.join(distDir, file));
      return { file, bytes: content.length, gzipBytes: gzipSync(content).length };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  return {
    chunks,
    bytes: chunks.reduce((sum, c) => sum + c.bytes, 0),
    gzipBytes: chunks.reduce((sum, c) => sum + c.gzipBytes, 0),
  };
}
