/**
 * The chat review flow (check a draft, ask the next question, or give the checklist) is the
 * same in every chat: it lives with the Slack adapter, which built it first, and uses only the
 * core. Teams takes it from there through this one module rather than keep a second copy.
 */
export { checkDraft, draftAsText, draftFromText, nextStep, type ReviewStep } from '../slack/review-flow.js';
