/**
 * What to change for each refusal of the token endpoint. Salesforce's own `error` and
 * `error_description` are always shown too; this adds the fix.
 */
const ADVICE: ReadonlyArray<[RegExp, string]> = [
  [/request not supported on this domain/i, 'The client credentials flow must ask your org\'s own My Domain: set SF_LOGIN_URL=https://YOUR-DOMAIN.my.salesforce.com.'],
  [/no client credentials user enabled/i, 'Choose a Run As user in the app\'s policies (Client Credentials Flow), an integration user with Data 360 read access.'],
  [/user hasn.?t approved this consumer/i, 'Pre-authorize the user: in the app\'s policies set Permitted Users to "Admin approved users are pre-authorized" and add the user\'s profile or permission set.'],
  [/^invalid_client_id/i, 'SF_CLIENT_ID is not the consumer key of an app in this org: check it, and that SF_LOGIN_URL points at the right org.'],
  [/^invalid_client\b/i, 'SF_CLIENT_SECRET is not the consumer secret of SF_CLIENT_ID: copy both again from the app (and check for a rotated secret).'],
  [/^unsupported_grant_type/i, 'Enable the flow in the app\'s OAuth settings ("Enable Client Credentials Flow", or "Enable JWT Bearer Flow" with the certificate uploaded).'],
  [/^invalid_grant/i, 'Check the app\'s flow settings and the user it runs as (active, API enabled); for JWT, that SF_USERNAME is right and the uploaded certificate matches SF_PRIVATE_KEY_FILE.'],
  [/^inactive_(user|org)/i, 'The user or org the app runs as is inactive.'],
];

export function tokenAdvice(error: string, description: string): string | null {
  const text = `${error}: ${description}`;
  return ADVICE.find(([pattern]) => pattern.test(text) || pattern.test(description))?.[1] ?? null;
}
