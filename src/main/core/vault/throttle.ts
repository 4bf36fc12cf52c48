/** Failed attempts allowed before each further attempt must wait. */
export const FREE_ATTEMPTS = 3;
const FIRST_DELAY_S = 5;
const MAX_DELAY_S = 300;

/**
 * Slows down guessing: after 3 wrong secrets each further failure doubles the wait
 * (5 s, 10 s, 20 s … up to 5 minutes). A successful unlock resets it.
 */
export class UnlockThrottle {
  private failures = 0;
  private blockedUntil = 0;

  /** Seconds to wait before the next attempt (0 when allowed now). */
  retryAfterSeconds(now: number): number {
    return Math.max(0, Math.ceil((this.blockedUntil - now) / 1000));
  }

  /** Records a wrong secret. */
  fail(now: number): void {
    this.failures++;
    if (this.failures >= FREE_ATTEMPTS) {
      const delay = Math.min(FIRST_DELAY_S * 2 ** (this.failures - FREE_ATTEMPTS), MAX_DELAY_S);
      this.blockedUntil = now + delay * 1000;
    }
  }

  /** Records a successful unlock. */
  succeed(): void {
    this.failures = 0;
    this.blockedUntil = 0;
  }
}
