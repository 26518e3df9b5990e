import type { NotLandingReason } from './reasons.js';

/** Error codes that point at credentials or access rather than at the data. */
const ACCESS_PROBLEM = /auth|credential|password|token|permission|access|forbidden|expired|login|401|403/i;

/**
 * The knowledge section a not-landing stream's "ask the advisor" button asks about: a stream
 * that succeeds with nothing in it, or fails on its credentials, is the silent-auth-loss gotcha;
 * an overdue one leaves every decision that reads it behind; any other failure starts in the
 * stream's refresh history. Asked as a typed question, so it is answered exactly as one.
 */
export function askRef(reason: NotLandingReason, errorCode: string | null): string {
  if (reason === 'no-new-rows') return 'gotchas#silent-auth-loss';
  if (reason === 'overdue') return 'gotchas#cadence-behind-decision';
  return errorCode !== null && ACCESS_PROBLEM.test(errorCode) ? 'gotchas#silent-auth-loss' : 'data-streams#refresh-history';
}
