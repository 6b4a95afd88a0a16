import type { NextFunction, Request, Response } from 'express';
import type { Config } from '../config.js';
import { clientAddress, isSecureRequest, readCredentials } from '../server/credentials.js';
import { SignInThrottled } from '../modules/users/sign-in-throttle.js';
import type { UsersService } from '../modules/users/users.service.js';

/**
 * Codespeed's ALLOW_ANONYMOUS_POST and REQUIRE_SECURE_AUTH, with their meaning
 * and defaults, in front of the result endpoints.
 */
export function codespeedAuth(config: Config, users: UsersService) {
  return async (req: Request, res: Response, next: NextFunction) => {
    if (config.codespeed.allowAnonymousPost) return next();
    const credentials = readCredentials(req.headers.authorization);
    if (credentials.kind === 'none') {
      res
        .status(401)
        .set('WWW-Authenticate', 'Basic realm="results"')
        .type('text/plain')
        .send('Authentication required');
      return;
    }
    if (config.codespeed.requireSecureAuth && !isSecureRequest(req, config.trustedProxies)) {
      res.status(403).type('text/plain').send('Secure connection required');
      return;
    }
    try {
      const user =
        credentials.kind === 'bearer'
          ? await users.userForToken(credentials.token)
          : credentials.kind === 'basic'
            ? await users.userForPassword(
                credentials.username,
                credentials.password,
                clientAddress(req, config.trustedProxies),
              )
            : null;
      if (!user) {
        res.status(403).type('text/plain').send('Invalid credentials');
        return;
      }
      next();
    } catch (error) {
      if (error instanceof SignInThrottled) {
        res.status(429).set('Retry-After', String(error.retryAfterSeconds)).type('text/plain').send(error.message);
        return;
      }
      next(error);
    }
  };
}
