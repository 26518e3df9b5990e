/**
 * What people wrap a question in when they type it into a channel: a greeting, a sign-off, an
 * aside about who is asking. None of it says what the question is about, yet each word of it
 * the knowledge base does not use would count against the answer, so a "thanks!" could turn
 * an answer into "I don't know". It is cut before the question is matched.
 */

const PEOPLE = String.raw`(?:all|team|everyone|everybody|folks|guys|gang|y'?all|there|friends|people|peeps|experts|devs|admins)`;
const GREETING = new RegExp(
  String.raw`^(?:(?:hi|hey|heya|hello|helo|yo|hiya|howdy|greetings|morning|afternoon|evening|gm|good (?:morning|afternoon|evening|day))\b(?:\s+${PEOPLE}\b)?[\s,!.:;~-]*)+`,
  'i',
);
const OPENER = /^(?:(?:quick|small|random|dumb|silly|basic|stupid|noob|newbie) (?:q|qs|question|one)|qq|question|q|so|um+|uh+|ok(?:ay)?|well|hmm+|sorry(?: to bother| if this is (?:a )?(?:dumb|silly|basic|stupid) (?:q|question)| for the (?:dumb|basic) question)?)\b[\s,:;!.-]+/i;
const THANKS = String.raw`(?:(?:many |big |thanks? )?thanks?(?: (?:you|a lot|a ton|so much|very much|in advance|all|team|folks|everyone|guys))*|thank you(?: (?:so much|very much|in advance|all))*|thx|thnx|tnx|ty|tia|cheers|much appreciated|appreciated|appreciate (?:it|any help|the help)|any help (?:is )?(?:much )?appreciated|please(?: help)?|pls|plz|🙏|:pray:|:\)|:-\)|:D)`;
const SIGN_OFF = new RegExp(String.raw`(?:[\s,.;:!-]+|^)${THANKS}[\s!.]*$`, 'i');
const ASIDE_WORDS = /\b(?:asking for|for a (?:colleague|friend|client|customer)|on behalf of|sorry|dumb|silly|stupid|newbie|noob|new (?:here|to this)|just curious|curious|fyi|if that matters|not urgent|no rush|low priority|urgent|asap|context|thanks|thx)\b/i;

/** Strips leading greetings and openers and trailing thanks, repeatedly, and asides in brackets. */
export function stripChatNoise(text: string): string {
  let out = text.replace(/\(([^()]*)\)|\[([^[\]]*)\]/g, (whole, round?: string, square?: string) => (ASIDE_WORDS.test(round ?? square ?? '') ? ' ' : whole));
  for (let previous = ''; previous !== out; ) {
    previous = out;
    out = out.trim().replace(GREETING, '').replace(OPENER, '').replace(SIGN_OFF, '').trim();
  }
  // Everything was noise ("thanks!"): keep the text, so "thanks" is still not an answerable question.
  return out === '' ? text.trim() : out;
}
