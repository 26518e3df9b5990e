/**
 * What the registry needs of a parsed stream description. The review schema's
 * `StreamDescription` satisfies it; the registry stores the whole object as JSON.
 */
export interface DescribedStream {
  readonly name: string;
  readonly connector: string;
  readonly owner?: string | undefined;
}
