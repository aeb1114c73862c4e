import { FollowUpError } from '../../src/index.js';

/** The `FollowUpError` that `run` throws; anything else it throws is rethrown, and not throwing fails. */
export function errorOf(run: () => unknown): FollowUpError {
  try {
    run();
  } catch (error) {
    if (error instanceof FollowUpError) return error;
    throw error;
  }
  throw new Error('expected a FollowUpError');
}
