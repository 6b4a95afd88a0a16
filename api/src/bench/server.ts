import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

/** The built server and CLI, next to this file once compiled (api/dist/bench/ → api/dist/). */
export const SERVER_SCRIPT = fileURLToPath(new URL('../main.js', import.meta.url));
export const CLI_SCRIPT = fileURLToPath(new URL('../cli.js', import.meta.url));

export interface MemoryReading {
  /** Resident set size now. */
  rssBytes: number;
  /** Peak resident set size since the process started (VmHWM). */
  peakRssBytes: number;
}

/** Speedgraph running as its own process, as in production: the bench measures it from outside. */
export interface ServerProcess {
  url: string;
  pid: number;
  /** null where /proc is not available (not Linux). */
  memory(): MemoryReading | null;
  /** CPU time (user + system) the server has used so far, in seconds; null without /proc. */
  cpuSeconds(): number | null;
  /** 'running', or how the process ended. */
  status(): string;
  /** The end of the server's log, to explain a failure. */
  logTail(lines?: number): string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  databaseUrl: string;
  /** The server's stdout and stderr go here. */
  logFile: string;
  /** Extra flags for node (e.g. --cpu-prof). */
  nodeArgs?: string[];
  /** Settings beyond SERVER_SETTINGS (e.g. DASHBOARD_DIR). */
  env?: Record<string, string>;
  /** The compiled server to run; the one beside this file by default (tests, run from sources, name api/dist's). */
  script?: string;
}

/**
 * Settings of the server under test, as in a production deployment; every
 * other setting keeps its default (so ALLOW_ANONYMOUS_POST is true, as in
 * Codespeed, and the Codespeed figures post without credentials).
 */
export const SERVER_SETTINGS = { NODE_ENV: 'production', LOG_LEVEL: 'warn' } as const;

/** The environment of a Speedgraph process: only what the bench means, nothing inherited by accident. */
export function serverEnv(databaseUrl: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? '',
    ...SERVER_SETTINGS,
    DATABASE_URL: databaseUrl,
    ...extra,
  };
}

export async function startServer(options: ServerOptions): Promise<ServerProcess> {
  const port = await freePort();
  const host = '127.0.0.1';
  const log = fs.openSync(options.logFile, 'w');
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.script ?? SERVER_SCRIPT], {
    env: serverEnv(options.databaseUrl, { ...options.env, PORT: String(port), HOST: host }),
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  const exited = once(child, 'exit');
  const url = `http://${host}:${port}`;
  const logTail = (lines = 30) => tail(options.logFile, lines);
  try {
    await waitForHealth(url, child, logTail);
  } catch (error) {
    await stop(child, exited);
    throw error;
  }
  return {
    url,
    pid: child.pid!,
    memory: () => readMemory(child.pid!),
    cpuSeconds: () => readCpuSeconds(child.pid!),
    status: () =>
      child.exitCode !== null
        ? `exited with code ${child.exitCode}`
        : child.signalCode !== null
          ? `killed by ${child.signalCode}`
          : 'running',
    logTail,
    stop: () => stop(child, exited),
  };
}

async function waitForHealth(url: string, child: ChildProcess, logTail: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server exited (${child.exitCode ?? child.signalCode}) before it was healthy:\n${logTail()}`);
    }
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
      await response.body?.cancel();
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server did not answer ${url}/healthz within 60 s:\n${logTail()}`);
}

/** SIGTERM (the server drains and exits), then SIGKILL if it hangs. */
async function stop(child: ChildProcess, exited: Promise<unknown>) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** A port nobody listens on now (a tiny race with other programs, acceptable for a bench). */
async function freePort(): Promise<number> {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (!address || typeof address === 'string') throw new Error('could not find a free port');
  return address.port;
}

/** VmRSS and VmHWM of a live process, from /proc/<pid>/status. */
export function readMemory(pid: number): MemoryReading | null {
  let status: string;
  try {
    status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const kib = (key: string) => {
    const match = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) * 1024 : null;
  };
  const rss = kib('VmRSS');
  const peak = kib('VmHWM');
  return rss === null || peak === null ? null : { rssBytes: rss, peakRssBytes: peak };
}

/** utime + stime of a live process, from /proc/<pid>/stat (fields 14 and 15, in clock ticks). */
export function readCpuSeconds(pid: number): number | null {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? ticks / clockTicks() : null;
}

let ticksPerSecond: number | null = null;
function clockTicks(): number {
  if (ticksPerSecond === null) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100; // USER_HZ on every Linux architecture Node runs on
    }
  }
  return ticksPerSecond;
}

function tail(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no server log)';
  }
}
