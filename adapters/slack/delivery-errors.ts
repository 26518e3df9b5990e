/**
 * Why an Events API delivery was not answered. The HTTP status tells Slack to deliver it again
 * (it retries a delivery that fails or takes longer than 3 seconds, up to three times).
 */
export class DeliveryError extends Error {
  constructor(
    message: string,
    /** 503: another delivery of the same event is being answered; 500: answering failed. */
    readonly status: 500 | 503,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'DeliveryError';
  }
}

/** Bolt wraps listener errors without a `code` in an UnknownError holding the original. */
export function unwrapBoltError(error: unknown): unknown {
  if (error instanceof Error && 'original' in error && error.original instanceof Error) return error.original;
  return error;
}
