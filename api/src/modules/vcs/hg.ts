import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { splitMessage } from './commit-message.js';
import {
  RepositoryError,
  type CommitInfo,
  type RepositoryProvider,
  type RepositorySource,
  type SyncOptions,
} from './provider.js';
import { runCommand } from './run-command.js';

export interface MercurialOptions {
  /** Where clones live: this one goes to `<repositoriesDir>/<projectId>.hg`. */
  repositoriesDir: string;
}

// Fields end with NUL, records with RS: no message or name can contain either, so nothing human is parsed.
const FIELDS = [
  '{node}',
  '{node|short}',
  '{author|person}',
  '{author|email}',
  '{date|rfc3339date}',
  '{desc}',
  '{join(tags, "\\x1f")}',
  '{p1node} {p2node}',
];
const TEMPLATE = `${FIELDS.join('\\0')}\\x1e`;
const NULL_NODE = /^0{40}$/;
const HEX = /^[0-9a-f]{1,40}$/i;
const LASTING =
  /not found|does not appear to be an hg repository|authorization failed|HTTP Error 40[134]|no suitable response/i;
// HGPLAIN: no user configuration changes output (aliases, localised messages, pagers).
const ENV = { HGPLAIN: '1', HGENCODING: 'utf-8' };

/**
 * A Mercurial repository read with the `hg` command from a local clone without
 * a working copy (`hg clone -U`), pulled again on each sync.
 */
export class MercurialProvider implements RepositoryProvider {
  readonly implementation = 'hg';
  /** The clone: `<repositoriesDir>/<projectId>.hg`. */
  readonly path: string;

  constructor(
    private readonly source: RepositorySource,
    options: MercurialOptions,
  ) {
    this.path = path.join(options.repositoriesDir, `${source.projectId}.hg`);
  }

  async sync(options: SyncOptions): Promise<void> {
    try {
      await this.fetch(options);
    } catch (error) {
      // run-command calls every failure transient; a wrong URL or refused login will not heal by retrying.
      if (error instanceof RepositoryError && error.transient && LASTING.test(error.message)) {
        throw new RepositoryError(error.message, false, { cause: error });
      }
      throw error;
    }
  }

  private async fetch({ signal, onProgress }: SyncOptions): Promise<void> {
    const network = ['--noninteractive', ...this.credentials()];
    if (existsSync(path.join(this.path, '.hg'))) {
      onProgress?.({ fraction: null, phase: 'pulling' });
      // Always from the project's current URL, so an edited URL takes effect without a new clone.
      await runCommand('hg', ['pull', '-R', this.path, ...network, '--', this.source.url], { signal, env: ENV });
    } else {
      onProgress?.({ fraction: null, phase: 'cloning' });
      await mkdir(path.dirname(this.path), { recursive: true });
      // Cloned beside the final place and renamed: an interrupted clone never looks like a finished one.
      const partial = `${this.path}.partial`;
      await rm(partial, { recursive: true, force: true });
      try {
        await runCommand('hg', ['clone', '-U', ...network, '--', this.source.url, partial], { signal, env: ENV });
        await rm(this.path, { recursive: true, force: true });
        await rename(partial, this.path);
      } catch (error) {
        await rm(partial, { recursive: true, force: true });
        throw error;
      }
    }
    onProgress?.({ fraction: 1, phase: 'ready' });
  }

  async commit(id: string): Promise<CommitInfo | null> {
    // id() takes a hash or unambiguous prefix and never a revision number, branch or revset.
    const revset = HEX.test(id) ? `id(${quote(id)})` : quote(id);
    const found = await this.query(revset, 1);
    return found?.[0] ?? null;
  }

  async log(from: string | null, to: string, limit: number): Promise<CommitInfo[]> {
    if (limit <= 0) return [];
    const revset = from === null ? `reverse(::${quote(to)})` : `reverse(only(${quote(to)}, ${quote(from)}))`;
    const found = await this.query(revset, limit);
    if (found === null) throw new RepositoryError(`hg: unknown revision in ${from ?? ''}..${to}`, false);
    return found;
  }

  async firstParentHistory(head: string, limit: number): Promise<string[]> {
    if (limit <= 0) return [];
    const output = await this.hg([
      'log',
      '-r',
      `reverse(_firstancestors(${quote(head)}))`,
      '-l',
      String(limit),
      '-T',
      '{node}\\n',
    ]);
    return output === null ? [] : output.split('\n').filter(Boolean);
  }

  /** Commits of a revset, in its order; null when it names a revision the clone does not have. */
  private async query(revset: string, limit: number): Promise<CommitInfo[] | null> {
    const output = await this.hg(['log', '-r', revset, '-l', String(limit), '-T', TEMPLATE]);
    return output === null ? null : output.split('\x1e').filter(Boolean).map(parse);
  }

  private async hg(args: string[]): Promise<string | null> {
    if (!existsSync(path.join(this.path, '.hg'))) {
      throw new RepositoryError(`the Mercurial clone of ${this.source.url} is not there yet (sync first)`, true);
    }
    const result = await runCommand('hg', ['-R', this.path, ...args], { env: ENV, okCodes: [255] });
    if (result.code === 0) return result.stdout;
    if (/unknown revision|ambiguous|filtered revision|hidden revision/.test(result.stderr)) return null;
    throw new RepositoryError(`hg ${args[0]} failed: ${result.stderr.trim().slice(0, 500)}`, false);
  }

  /** Credentials as configuration for this one command, never written into the URL or an hgrc. */
  private credentials(): string[] {
    const { user, password } = this.source;
    if (!user && !password) return [];
    return [
      '--config',
      'auth.speedgraph.prefix=*',
      '--config',
      `auth.speedgraph.username=${user}`,
      '--config',
      `auth.speedgraph.password=${password}`,
    ];
  }
}

/** A revset string literal: the input is looked up as one symbol, never parsed as a revset. */
function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function parse(record: string): CommitInfo {
  const [node = '', short = '', person = '', email = '', date = '', desc = '', tags = '', parents = ''] =
    record.split('\0');
  const { subject, body } = splitMessage(desc);
  return {
    id: node,
    shortId: short,
    author: person,
    // `{author|email}` gives back the whole author when there is no address in it.
    authorEmail: email.includes('@') ? email : '',
    date: new Date(date),
    subject,
    body,
    tags: tags.split('\x1f').filter((tag) => tag && tag !== 'tip'),
    parents: parents.split(' ').filter((parent) => parent && !NULL_NODE.test(parent)),
  };
}
