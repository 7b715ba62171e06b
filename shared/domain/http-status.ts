/**
 * One reason phrase per status code, everywhere the console writes a status line (viewer, findings, History, HAR,
 * support text). Servers send their own phrases (or none over HTTP/2); showing theirs in one place and ours in
 * another made the same answer read two ways, so the table wins and a server's phrase is used only for codes
 * the table does not know.
 */
const REASONS: Readonly<Record<number, string>> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  304: 'Not Modified',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function reasonPhrase(status: number, given?: string): string {
  return REASONS[status] ?? (given?.trim() || '');
}

/** "401 Unauthorized", the same for every view. */
export function statusWithReason(status: number, given?: string): string {
  return `${status} ${reasonPhrase(status, given)}`.trim();
}
