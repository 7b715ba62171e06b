import type { Entry, Har, Header, Param, PostData, QueryString, Request, Response } from 'har-format';
import { formatFindings } from '../../../shared/domain/diagnosis';
import type { CapturedRequest, CapturedResponse, Exchange, HeaderList } from '../../../shared/domain/exchange';
import { headerValue, reasonPhrase } from '../../../shared/domain/exchange';
import type { AppInfo } from '../../../shared/domain/app-info';
import { redactBodyText, redactHeaders, redactUrl, stripSignaturesDeep } from './export-redaction';
import { environmentLine, KIND_LABELS, serverErrorLine, type ExportedAttempt } from './exported-attempt';

/**
 * "Export HAR": one attempt or the whole run as a HAR 1.2 log that browsers' devtools, Fiddler and support tools
 * open. Redacted (secret → fingerprint, Basic header replaced, token signatures stripped), with the console's
 * findings per entry in `comment` and `_findings`.
 */
export interface HarExportInput {
  appInfo: AppInfo;
  entries: readonly ExportedAttempt[];
}

const PAGE_ID = 'integrator-console-run';
const FORM_MIME = 'application/x-www-form-urlencoded';
const UNKNOWN_MIME = 'x-unknown';

/** HAR allows custom fields starting with `_`; Chrome reports a failed request as `response._error`. */
type HarResponse = Response & { _error?: string };
/**
 * HAR 1.2 calls text and params mutually exclusive, but Chrome and Firefox write both for form posts and the
 * importers read one or the other; har-validator accepts both.
 */
type FormPostData = { mimeType: string; text: string; params: Param[] };

const toHeaders = (headers: HeaderList): Header[] => redactHeaders(headers).map(([name, value]) => ({ name, value }));

function queryStringOf(url: string): QueryString[] {
  try {
    return [...new URL(url).searchParams].map(([name, value]) => ({ name, value }));
  } catch {
    return [];
  }
}

function postDataOf(request: CapturedRequest): PostData | undefined {
  if (request.body === '') return undefined;
  const mimeType = headerValue(request.headers, 'content-type') ?? 'text/plain';
  const text = redactBodyText(request.body, mimeType);
  if (!mimeType.toLowerCase().includes(FORM_MIME)) return { mimeType, text };
  const params = [...new URLSearchParams(text)].map(([name, value]) => ({ name, value }));
  const form: FormPostData = { mimeType, text, params };
  return form as unknown as PostData;
}

function requestOf(request: CapturedRequest): Request {
  const declared = Number(headerValue(request.headers, 'content-length'));
  const url = redactUrl(request.url);
  const postData = postDataOf(request);
  return {
    method: request.method,
    url,
    httpVersion: 'HTTP/1.1',
    cookies: [],
    headers: toHeaders(request.headers),
    queryString: queryStringOf(url),
    ...(postData ? { postData } : {}),
    headersSize: -1,
    bodySize: Number.isInteger(declared) && declared >= 0 ? declared : Buffer.byteLength(request.body),
  };
}

function responseOf(response: CapturedResponse): HarResponse {
  const mimeType = headerValue(response.headers, 'content-type') ?? UNKNOWN_MIME;
  const cut = response.truncated
    ? { comment: `Body cut at ${Buffer.byteLength(response.body)} of ${response.size} bytes.` }
    : {};
  return {
    status: response.status,
    statusText: reasonPhrase(response.status, response.statusText),
    httpVersion: 'HTTP/1.1',
    cookies: [],
    headers: toHeaders(response.headers),
    content: { size: response.size, mimeType, text: redactBodyText(response.body, mimeType), ...cut },
    redirectURL: headerValue(response.headers, 'location') ?? '',
    headersSize: -1,
    // fetch hands over the decoded body: the bytes on the wire are unknown when it was compressed.
    bodySize: headerValue(response.headers, 'content-encoding') ? -1 : response.size,
  };
}

/** No answer at all: status 0 and `_error`, as browsers record a failed request. */
function failedResponseOf(exchange: Exchange): HarResponse {
  return {
    status: 0,
    statusText: '',
    httpVersion: '',
    cookies: [],
    headers: [],
    content: { size: 0, mimeType: UNKNOWN_MIME },
    redirectURL: '',
    headersSize: -1,
    bodySize: -1,
    _error: exchange.failure ? (exchange.failure.code ?? exchange.failure.kind) : 'no response',
    ...(exchange.failure ? { comment: exchange.failure.message } : {}),
  };
}

function commentOf(entry: ExportedAttempt): string {
  const { attempt } = entry;
  const head = `${KIND_LABELS[entry.kind]} · ${environmentLine(attempt)}`;
  const failure = attempt.exchange.failure ? `No response: ${attempt.exchange.failure.message}` : undefined;
  const serverError = serverErrorLine(entry);
  const tampered =
    entry.kind === 'pos' && entry.attempt.tampered.length > 0
      ? `Changed on purpose: ${entry.attempt.tampered.join('; ')}`
      : undefined;
  const findings = attempt.findings.length > 0 ? `Findings:\n${formatFindings(attempt.findings)}` : 'Findings: none';
  return [head, failure, serverError && `Server said: ${serverError}`, tampered, findings].filter(Boolean).join('\n');
}

function entryOf(entry: ExportedAttempt): Entry {
  const { attempt } = entry;
  const { exchange } = attempt;
  return {
    pageref: PAGE_ID,
    startedDateTime: exchange.startedAt,
    time: exchange.durationMs,
    request: requestOf(exchange.request),
    response: exchange.response ? responseOf(exchange.response) : failedResponseOf(exchange),
    cache: {},
    timings: { send: 0, wait: exchange.durationMs, receive: 0 },
    comment: commentOf(entry),
    _findings: attempt.findings,
    _attempt: {
      kind: entry.kind,
      id: attempt.id,
      environment: attempt.environment,
      ...(entry.kind === 'token' ? { outcome: entry.attempt.outcome } : { tampered: entry.attempt.tampered }),
      ...(exchange.serverDate ? { serverDate: exchange.serverDate } : {}),
      ...(exchange.clockSkewMs === undefined ? {} : { clockSkewMs: exchange.clockSkewMs }),
    },
  };
}

export function buildHar({ appInfo, entries }: HarExportInput): Har {
  const harEntries = [...entries]
    .sort((a, b) => Date.parse(a.attempt.exchange.startedAt) - Date.parse(b.attempt.exchange.startedAt))
    .map(entryOf);
  const first = harEntries[0];
  const count = `${harEntries.length} ${harEntries.length === 1 ? 'attempt' : 'attempts'}`;
  return stripSignaturesDeep({
    log: {
      version: '1.2',
      creator: {
        name: 'Integrator Console',
        version: appInfo.version,
        comment: `${appInfo.shell} on ${appInfo.platform}`,
      },
      ...(first
        ? {
            pages: [
              {
                startedDateTime: first.startedDateTime,
                id: PAGE_ID,
                title: `Integrator Console ${appInfo.version}: ${count}`,
                pageTimings: {},
              },
            ],
          }
        : {}),
      entries: harEntries,
      comment:
        'Redacted by Integrator Console: client secrets are fingerprints (8 hex of an HMAC-SHA-256 keyed per installation, and the length), Basic credentials are ' +
        'replaced, token signatures are removed. No token in this file can be used.',
    },
  });
}

/**
 * The file to save: pretty JSON and a suggested name that says what it holds and when, to the second (UTC), so an
 * attempt and the run exported one after the other do not overwrite each other:
 * `integrator-console-attempt-2026-11-25T10-00-00Z.har`, `integrator-console-run-….har`.
 */
export function harJson(input: HarExportInput & { scope: 'attempt' | 'run'; now?: number }): {
  json: string;
  fileName: string;
} {
  const at = new Date(input.now ?? Date.now()).toISOString().slice(0, 19).replace(/:/g, '-');
  return {
    json: `${JSON.stringify(buildHar(input), null, 2)}\n`,
    fileName: `integrator-console-${input.scope}-${at}Z.har`,
  };
}
