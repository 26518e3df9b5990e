import type { Activity } from '@microsoft/agents-activity';

/**
 * Who recorded a review, as the registry and the digest show it: the person's Teams display
 * name, else their Entra object id, else the channel's user id.
 */
export function reviewerOf(activity: Activity): string {
  const from = activity.from;
  return from?.name?.trim() || from?.aadObjectId || from?.id || 'teams user';
}

/** A stable id for one person's feedback on an answer (a later click replaces theirs). */
export function voterOf(activity: Activity): string {
  const from = activity.from;
  return from?.aadObjectId || from?.id || 'teams user';
}
