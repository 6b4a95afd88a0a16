import type { IncomingMessage } from 'node:http';

export type Credentials =
  | { kind: 'none' }
  | { kind: 'bearer'; token: string }
  | { kind: 'basic'; username: string; password: string }
  | { kind: 'malformed' };

/** Reads the Authorization header: a Bearer API token or HTTP Basic. */
export function readCredentials(header: string | undefined): Credentials {
  if (!header || header.trim() === '') return { kind: 'none' };
  const [scheme, ...rest] = header.trim().split(/\s+/);
  const value = rest.join(' ');
  if (/^bearer$/i.test(scheme ?? '') && value) return { kind: 'bearer', token: value };
  if (/^basic$/i.test(scheme ?? '') && value) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return { kind: 'malformed' };
    return { kind: 'basic', username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  return { kind: 'malformed' };
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/**
 * Whether credentials travelled over a secure channel: TLS to us, TLS to a
 * trusted proxy (X-Forwarded-Proto: https), or no network at all (loopback).
 */
export function isSecureRequest(req: IncomingMessage, trustedProxies: string[]): boolean {
  const peer = normaliseAddress(req.socket.remoteAddress ?? '');
  if (trustedProxies.map(normaliseAddress).includes(peer)) {
    const forwarded = String(req.headers['x-forwarded-proto'] ?? '')
      .split(',')[0]
      ?.trim()
      .toLowerCase();
    // Behind a proxy the peer is the proxy: only its word about the client's scheme counts.
    return forwarded === 'https';
  }
  if ('encrypted' in req.socket && req.socket.encrypted) return true;
  return LOOPBACK.test(peer);
}

/**
 * The client's address: the socket's peer, or, when the peer is a trusted
 * proxy, the address that proxy says it served (the last X-Forwarded-For entry,
 * the only one it vouches for).
 */
export function clientAddress(req: IncomingMessage, trustedProxies: string[]): string {
  const peer = normaliseAddress(req.socket.remoteAddress ?? '');
  if (!trustedProxies.map(normaliseAddress).includes(peer)) return peer;
  const forwarded = String(req.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .at(-1);
  return forwarded ? normaliseAddress(forwarded) : peer;
}

function normaliseAddress(address: string): string {
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}
