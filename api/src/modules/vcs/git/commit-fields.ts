import type { CommitInfo } from '../provider.js';
import { splitMessage } from '../commit-message.js';

/*
 * What both implementations agree on: which strings may name a commit or a
 * branch, and how a raw commit becomes a CommitInfo. Checking names here also
 * keeps anything that looks like an option away from the `git` command.
 */

/** A full or abbreviated hash (git needs at least 4 digits). */
export function isCommitId(value: string): boolean {
  return /^[0-9a-f]{4,40}$/i.test(value);
}

export function isFullCommitId(value: string): boolean {
  return /^[0-9a-f]{40}$/i.test(value);
}

/** A name `git check-ref-format --branch` would accept (the common rules; stricter is fine). */
export function isBranchName(value: string): boolean {
  return (
    value.length > 0 &&
    value.length <= 255 &&
    !value.startsWith('-') &&
    !value.startsWith('/') &&
    !value.endsWith('/') &&
    !value.endsWith('.') &&
    !value.endsWith('.lock') &&
    !value.includes('..') &&
    !value.includes('//') &&
    !value.includes('@{') &&
    ![...value].some((c) => c <= ' ' || c === '\x7f') &&
    !/[~^:?*[\\]/.test(value)
  );
}

export interface RawCommit {
  id: string;
  author: string;
  authorEmail: string;
  /** The committer date: the one that follows history when commits are rebased. */
  date: Date;
  parents: string[];
  message: string;
}

export function toCommitInfo(raw: RawCommit, tags: ReadonlyMap<string, string[]>): CommitInfo {
  const id = raw.id.toLowerCase();
  return {
    id,
    shortId: id.slice(0, 7),
    author: raw.author,
    authorEmail: raw.authorEmail,
    date: raw.date,
    ...splitMessage(raw.message),
    tags: tags.get(id) ?? [],
    parents: raw.parents,
  };
}

/** Adds one tag to the commit → tag names map; names stay sorted so both implementations agree. */
export function addTag(tags: Map<string, string[]>, commitId: string, name: string): void {
  const list = tags.get(commitId);
  if (list) {
    list.push(name);
    list.sort();
  } else tags.set(commitId, [name]);
}
