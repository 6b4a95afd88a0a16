import { spawn } from 'node:child_process';
import { RepositoryError } from './provider.js';

export interface RunOptions {
  cwd?: string;
  signal?: AbortSignal;
  /** Added to the process's environment (credentials, LANG, a non-interactive prompt). */
  env?: Record<string, string>;
  /** Exit codes that are answers rather than failures (`git cat-file -e` exits 1 for "absent"). */
  okCodes?: number[];
  /** Each piece of stderr as it arrives: `git clone --progress` reports there. */
  onStderr?(chunk: string): void;
}

export interface RunOutput {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a version control tool without a shell (arguments are never parsed, so a
 * commit id or URL cannot inject anything) and returns its output. A missing
 * tool, a refused exit code or an abort becomes a RepositoryError naming the
 * command, with the tool's own last words.
 */
export function runCommand(command: string, args: string[], options: RunOptions = {}): Promise<RunOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      signal: options.signal,
      env: { ...process.env, LC_ALL: 'C.UTF-8', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      err.push(chunk);
      options.onStderr?.(chunk.toString('utf8'));
    });
    // On abort the process is killed; the promise settles on 'close', once it has really ended, so the
    // caller can remove a half-written clone without the dying process writing into it again.
    let stopped = false;
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.name === 'AbortError') stopped = true;
      else if (error.code === 'ENOENT') reject(new RepositoryError(`${command} is not installed`, false));
      else reject(new RepositoryError(`${command} could not run: ${error.message}`, true, { cause: error }));
    });
    child.on('close', (code) => {
      if (stopped) return reject(new RepositoryError(`${command} was stopped (timed out)`, true));
      const result = {
        code: code ?? -1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      };
      if (code === 0 || (code !== null && options.okCodes?.includes(code))) return resolve(result);
      const said = result.stderr.trim().split('\n').slice(-3).join(' ').slice(0, 500);
      reject(
        new RepositoryError(
          `${command} ${args[0] ?? ''} failed (exit ${code ?? 'signal'}): ${said || 'no message'}`,
          true,
        ),
      );
    });
  });
}
