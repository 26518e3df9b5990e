/** Where a knowledge document may send its reader: Salesforce's own public documentation, in English. */

const ALLOWED_HOSTS = ['salesforce.com', 'mulesoft.com'];
/** Path segments Salesforce and MuleSoft use for translated pages (`docs.mulesoft.com/jp/…`, `/ja-jp/`). */
const LOCALE_SEGMENTS = /^(jp|ja|ja-jp|de|de-de|fr|fr-fr|es|es-es|es-mx|it|it-it|ko|ko-kr|zh-cn|zh-tw|pt-br|nl-nl|sv|fi|da|no|ru)$/i;

export function isAllowedHost(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  return ALLOWED_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

/** The non-English locale a documentation URL asks for, or null when it is English (or says nothing). */
export function nonEnglishLocale(url: URL): string | null {
  const language = url.searchParams.get('language');
  if (language !== null && !/^en([_-]|$)/i.test(language)) return `language=${language}`;
  const atlas = /^atlas\.([a-z]{2}-[a-z]{2})\./i.exec(url.pathname.split('/').find((s) => s.startsWith('atlas.')) ?? '');
  if (atlas?.[1] && atlas[1].toLowerCase() !== 'en-us') return atlas[0].slice(0, -1);
  return url.pathname.split('/').find((segment) => LOCALE_SEGMENTS.test(segment)) ?? null;
}

/** Why a source URL may not be cited, or null when it may. */
export function sourceUrlProblem(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `${text} is not a URL`;
  }
  if (!isAllowedHost(url)) return `${text} is not on a salesforce.com, trailhead.salesforce.com or mulesoft.com host`;
  const locale = nonEnglishLocale(url);
  if (locale) return `${text} is a non-English page (${locale}); cite the English one (language=en_US, atlas.en-us)`;
  return null;
}
