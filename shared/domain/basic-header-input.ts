/**
 * What customers paste into the Basic header decoder is rarely the bare header value: a whole log line, a curl
 * command (-H "Authorization: Basic …" or -u id:secret), a JSON member, an HTTP request dump. This finds the part
 * the decoder needs and says where it came from. Pure; never quotes the pasted text back.
 */
export type PastedInput =
  | { kind: 'header'; value: string; source?: string }
  | { kind: 'user'; clientId: string; secret: string; source: string }
  | { kind: 'problem'; problem: string };

const AUTHORIZATION = /authorization["']?\s*[:=]\s*["']?\s*(basic\s+[A-Za-z0-9+/=_-]+)/i;
const CURL_USER = /(?:^|\s)(?:-u|--user)(?:\s+|=)(?:"([^"]*)"|'([^']*)'|(\S+))/;
const REQUEST_LINE = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+\S+\s+HTTP\/\d/i;

function sourceOf(text: string, match: RegExpExecArray): string | undefined {
  const trimmed = text.trim();
  if (/^curl\b|\scurl\s/.test(trimmed) || /(?:^|\s)-H\s/.test(trimmed)) return 'a curl -H option';
  if (REQUEST_LINE.test(trimmed)) return 'an HTTP request dump';
  if (/^[{[]/.test(trimmed) || /"authorization"\s*:/i.test(text)) return 'a JSON member';
  const before = trimmed.slice(0, trimmed.toLowerCase().indexOf(match[0].toLowerCase())).trim();
  return before === '' ? undefined : 'a log line';
}

function curlUser(text: string): PastedInput | undefined {
  if (!/\bcurl\b/.test(text)) return undefined;
  const match = CURL_USER.exec(text);
  if (!match) return undefined;
  const user = match[1] ?? match[2] ?? match[3] ?? '';
  const colon = user.indexOf(':');
  if (colon < 0) {
    return {
      kind: 'problem',
      problem:
        'curl -u has only a user name and no ":secret": curl then asks for the password, and nothing here says what was sent.',
    };
  }
  if (/\$\{?[A-Z_]/.test(user)) {
    return {
      kind: 'problem',
      problem:
        'curl -u names environment variables ($…), not values: paste the Authorization header curl sent (curl -v shows it), or the values.',
    };
  }
  return {
    kind: 'user',
    clientId: user.slice(0, colon),
    secret: user.slice(colon + 1),
    source: 'curl -u (curl sends it raw: no form-encoding)',
  };
}

/** An HTTP request or log dump with several lines but no Authorization header at all. */
function missingHeader(text: string): PastedInput | undefined {
  const lines = text.trim().split(/\r?\n/);
  if (lines.length < 2 || /authorization/i.test(text)) return undefined;
  const headerLines = lines.filter((line) => /^[A-Za-z][A-Za-z0-9-]*:\s/.test(line)).length;
  if (headerLines === 0) return undefined;
  return {
    kind: 'problem',
    problem: `The pasted text has ${headerLines} header line${headerLines === 1 ? '' : 's'} but no Authorization header: the credentials were not in this request (or the log left the header out).`,
  };
}

export function extractBasicInput(text: string): PastedInput {
  const user = curlUser(text);
  if (user) return user;
  const match = AUTHORIZATION.exec(text);
  if (match?.[1]) {
    const source = sourceOf(text, match);
    return source ? { kind: 'header', value: match[1], source } : { kind: 'header', value: text };
  }
  return missingHeader(text) ?? { kind: 'header', value: text };
}
