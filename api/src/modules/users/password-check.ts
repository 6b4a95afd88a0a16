import { tooManyAttempts } from '../../lib/errors.js';
import { SignInThrottled } from './sign-in-throttle.js';
import type { User } from './user.entity.js';

/** A password check whose throttling refusal becomes the coded GraphQL error (sign-in and HTTP Basic alike). */
export async function checkPassword(check: () => Promise<User | null>): Promise<User | null> {
  try {
    return await check();
  } catch (error) {
    if (error instanceof SignInThrottled) throw tooManyAttempts(error.message, error.retryAfterSeconds);
    throw error;
  }
}
