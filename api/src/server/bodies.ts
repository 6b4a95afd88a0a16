import express, { type RequestHandler } from 'express';

/**
 * Reads and throws away a body that no parser before it took (an unexpected
 * content type), up to `limit` bytes. Answering before a body is read makes
 * Node close the socket under a client still sending it, which then sees a
 * broken pipe instead of the answer. Past the limit, body-parser answers 413.
 */
export function discardUnreadBody(limit: number): RequestHandler {
  const read = express.raw({ type: () => true, limit });
  return (req, res, next) => {
    // A parser that took the body left it parsed; only an untaken body comes back as a Buffer here.
    const parsed: unknown = req.body;
    read(req, res, (error?: unknown) => {
      if (error) return next(error);
      req.body = parsed;
      next();
    });
  };
}

/** "64 MB", "512 KB": the body limit as people read it. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
