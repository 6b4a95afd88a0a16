import type { SubmissionField } from './submission.js';

/** A batch refused as a whole because of one item; nothing of it was saved. */
export class BatchRejectedError extends Error {
  constructor(
    /** 0-based position of the bad item in the batch. */
    readonly index: number,
    /** Null when the whole item is wrong (a Codespeed item that is not an object). */
    readonly field: SubmissionField | null,
    message: string,
  ) {
    super(message);
    this.name = 'BatchRejectedError';
  }
}
