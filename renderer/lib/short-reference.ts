/**
 * Short references to values the console shows whole in exactly one place (issue 9: the token once, the key id
 * once): elsewhere they are named by a few characters, enough to tell two apart.
 */

/** A key id: its first 8 characters (whole when it is short). The whole is in the token's header. */
export function shortKid(kid: string): string {
  return kid.length > 12 ? `${kid.slice(0, 8)}…` : kid;
}

/** A token as header.payload's start and end. The whole (signature hidden) is in the response body it came in. */
export function shortToken(redacted: string): string {
  const headerPayload = redacted.replace(/\.<signature hidden>$/, '');
  return headerPayload.length > 24 ? `${headerPayload.slice(0, 8)}…${headerPayload.slice(-8)}` : headerPayload;
}
