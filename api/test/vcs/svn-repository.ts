import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCommand } from '../../src/modules/vcs/run-command.js';

/**
 * A Subversion repository made in a test with `svnadmin`, committed to with
 * `svnmucc` (no working copy), with revision dates settable like a real history.
 */
export class SvnTestRepository {
  readonly url: string;
  private readonly scratch: string;

  constructor(readonly dir: string) {
    this.url = pathToFileURL(dir).href;
    this.scratch = `${dir}-files`;
  }

  async create(): Promise<this> {
    await runCommand('svnadmin', ['create', this.dir]);
    // Revision properties (svn:date) may only change when a hook allows it.
    const hook = path.join(this.dir, 'hooks', 'pre-revprop-change');
    writeFileSync(hook, '#!/bin/sh\nexit 0\n');
    chmodSync(hook, 0o755);
    mkdirSync(this.scratch, { recursive: true });
    return this;
  }

  /** One revision of svnmucc actions (`mkdir trunk`, `put <content> trunk/a`); returns its number. */
  async commit(author: string, message: string, date: string, actions: (string | { put: string; to: string })[]) {
    const args = ['--non-interactive', '--username', author, '-m', message, '-U', this.url];
    for (const [index, action] of actions.entries()) {
      if (typeof action === 'string') args.push(...action.split(' '));
      else {
        const file = path.join(this.scratch, `put-${index}`);
        writeFileSync(file, action.put);
        args.push('put', file, action.to);
      }
    }
    const said = (await runCommand('svnmucc', args)).stdout;
    const revision = /^r(\d+) committed/m.exec(said)?.[1];
    if (!revision) throw new Error(`svnmucc did not say what it committed: ${said}`);
    await runCommand('svn', ['propset', '-q', '--revprop', '-r', revision, 'svn:date', date, this.url]);
    return revision;
  }

  /**
   * Serves the repository over svn:// to one user with a password and no
   * anonymous access, on a free local port.
   */
  async serve(user: string, password: string): Promise<{ url: string; server: ChildProcess }> {
    writeFileSync(
      path.join(this.dir, 'conf', 'svnserve.conf'),
      '[general]\nanon-access = none\nauth-access = write\npassword-db = passwd\nrealm = speedgraph-test\n',
    );
    writeFileSync(path.join(this.dir, 'conf', 'passwd'), `[users]\n${user} = ${password}\n`);
    const port = await freePort();
    const server = spawn(
      'svnserve',
      ['-d', '--foreground', '--listen-host', '127.0.0.1', '--listen-port', String(port), '-r', this.dir],
      { stdio: 'ignore' },
    );
    await waitForPort(port);
    return { url: `svn://127.0.0.1:${port}/`, server };
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number): Promise<void> {
  const { connect } = await import('node:net');
  for (let attempt = 0; attempt < 100; attempt++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`svnserve did not listen on ${port}`);
}
