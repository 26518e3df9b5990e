/**
 * Coded errors. An input or configuration problem is not a crash: callers show
 * `message` (and `issues`) to the person and exit 2; anything else is a bug.
 */
export interface InputIssue {
  /** Dotted path of the offending key, e.g. `connector` or `[2].primaryKey`; empty for the whole input. */
  path: string;
  message: string;
}

export type ErrorCode = 'input' | 'config' | 'knowledge' | 'registry';

/** At most this many issues are shown with an error; the rest are counted (`more`). */
export const MAX_SHOWN_ISSUES = 20;

export abstract class AdvisorError extends Error {
  abstract readonly code: ErrorCode;
  readonly issues: InputIssue[];
  /** Issues found but left out of `issues`, so that a file of a million bad entries gives a short error. */
  readonly more: number;

  constructor(message: string, issues: InputIssue[] = [], more = 0) {
    super(message);
    this.name = new.target.name;
    this.issues = issues;
    this.more = more;
  }
}

/** Bad user input: a question, a stream description, a command line, a file. */
export class InputError extends AdvisorError {
  readonly code = 'input';
}

/** A missing or malformed environment variable or policy file. */
export class ConfigError extends AdvisorError {
  readonly code = 'config';
}

/** A knowledge document that does not follow the format. */
export class KnowledgeError extends AdvisorError {
  readonly code = 'knowledge';
}

/** The registry database cannot be used as it is (e.g. a newer schema than this code knows). */
export class RegistryError extends AdvisorError {
  readonly code = 'registry';
}

export function isAdvisorError(error: unknown): error is AdvisorError {
  return error instanceof AdvisorError;
}

/** The issues to show with an error and how many more there are, at most `MAX_SHOWN_ISSUES` shown. */
export function shownIssues(error: AdvisorError): { issues: InputIssue[]; more: number } {
  const issues = error.issues.slice(0, MAX_SHOWN_ISSUES);
  return { issues, more: error.more + error.issues.length - issues.length };
}
