/** Runs async jobs one at a time, in the order they were queued. */
export class Serial {
  private tail: Promise<unknown> = Promise.resolve();

  /** Queues `job`; resolves or rejects with its result once every earlier job is done. */
  run<T>(job: () => Promise<T>): Promise<T> {
    const next = this.tail.then(job, job);
    // The tail keeps no result: a read's bytes are not held until the next job.
    this.tail = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  }
}
