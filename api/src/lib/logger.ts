import type { Config } from '../config.js';

const LEVELS = ['silent', 'error', 'warn', 'info', 'debug'] as const;

export interface Logger {
  error(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  info(message: string, detail?: unknown): void;
  debug(message: string, detail?: unknown): void;
}

/** One line per event on stderr/stdout, with the level; structured logging can replace it behind this interface. */
export function createLogger(level: Config['logLevel']): Logger {
  const threshold = LEVELS.indexOf(level);
  const emit = (name: (typeof LEVELS)[number], message: string, detail?: unknown) => {
    if (LEVELS.indexOf(name) > threshold) return;
    const line = `${new Date().toISOString()} ${name.toUpperCase()} ${message}`;
    const sink = name === 'error' || name === 'warn' ? console.error : console.log;
    if (detail === undefined) sink(line);
    else sink(line, detail);
  };
  return {
    error: (m, d) => emit('error', m, d),
    warn: (m, d) => emit('warn', m, d),
    info: (m, d) => emit('info', m, d),
    debug: (m, d) => emit('debug', m, d),
  };
}
