import { userInfo } from 'node:os';
import type { Env } from '../config/load-env.js';

/**
 * Who recorded a review from the command line when `--by` is not given: the OS user. Some
 * containers run as a uid with no name, where `userInfo()` throws; then the usual variables.
 */
export function defaultReviewer(env: Env, osUser: () => string = () => userInfo().username): string {
  try {
    const name = osUser().trim();
    if (name !== '') return name;
  } catch {
    // fall through to the environment
  }
  return env.USER?.trim() || env.USERNAME?.trim() || 'cli';
}
