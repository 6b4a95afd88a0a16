import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCommand } from '../../src/modules/vcs/run-command.js';

/** A Mercurial working repository made in a test with the real `hg`, commits dated as told. */
export class HgWorkRepository {
  constructor(readonly dir: string) {}

  async init(): Promise<this> {
    mkdirSync(this.dir, { recursive: true });
    await this.hg('init');
    return this;
  }

  hg(...args: string[]): Promise<string> {
    return runCommand('hg', args, { cwd: this.dir, env: { HGPLAIN: '1', HGUSER: 'Test <test@example.com>' } }).then(
      (result) => result.stdout,
    );
  }

  /** Writes a file and commits it; returns the new commit's full hash. */
  async commit(file: string, content: string, message: string, date: string, user = 'Ann Author <ann@example.com>') {
    writeFileSync(path.join(this.dir, file), content);
    // One process per commit (the machine is busy): --debug prints the new hash.
    const said = await this.hg('commit', '-A', '--debug', '-m', message, '-d', date, '-u', user);
    const node = /committed changeset \d+:([0-9a-f]{40})/.exec(said)?.[1];
    if (!node) throw new Error(`hg commit did not say what it committed: ${said}`);
    return node;
  }

  async node(revision: string): Promise<string> {
    return (await this.hg('log', '-r', revision, '-T', '{node}')).trim();
  }
}
