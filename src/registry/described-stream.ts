/**
 * What the registry needs of a parsed stream description. The review schema's
 * `StreamDescription` satisfies it; the registry stores the whole object as JSON. A stream
 * synced from an org or read from its metadata may be known only in part (no connector yet).
 */
export interface DescribedStream {
  readonly name: string;
  readonly connector?: string | undefined;
  readonly owner?: string | undefined;
}
