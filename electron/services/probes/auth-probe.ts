import type { CapturedRequest, HeaderList } from '../../../shared/domain/exchange';
import { describeRedactedSecret } from '../../../shared/domain/redaction';
import { fingerprintSecret } from '../basic-auth';
import {
  DEFAULT_CAPTURE,
  sendAndCapture,
  type CaptureOptions,
  type FetchLike,
  type OutgoingRequest,
} from '../http-capture';
import { secretCredential } from '../safe-exchange';
import { buildTokenRequest, interpretTokenResponse, USER_AGENT } from '../token-exchange';
import { differingCharacters } from './secret-differences';
import { assertSafeTarget } from './url-policy';
import { probeVerdict } from './auth-probe-verdict';
import {
  PROBE_METHODS,
  type ClientAuthProbeInput,
  type ClientAuthProbeResult,
  type ProbeMethod,
  type ProbeRow,
} from './auth-probe-types';

export type { ClientAuthProbeInput, ClientAuthProbeResult } from './auth-probe-types';

/** client_secret_post: id and secret in the form body (RFC 6749 §2.3.1), no Authorization header. */
function buildPostRequest(input: ClientAuthProbeInput): { wire: OutgoingRequest; shown: CapturedRequest } {
  const head = new URLSearchParams({ grant_type: 'client_credentials' });
  if (input.merchantVat) head.set('merchant_vat', input.merchantVat);
  head.set('client_id', input.clientId);
  const wireBody = `${head.toString()}&${new URLSearchParams({ client_secret: input.clientSecret }).toString()}`;
  const shownBody = `${head.toString()}&client_secret=${describeRedactedSecret(fingerprintSecret(input.clientSecret))}`;
  const headers: HeaderList = [
    ['Content-Type', 'application/x-www-form-urlencoded'],
    ['Accept', 'application/json'],
    ['User-Agent', USER_AGENT],
    ...(input.sendIbmClientId ? ([['x-ibm-client-id', input.clientId]] as HeaderList) : []),
  ];
  return {
    wire: { method: 'POST', url: input.tokenUrl, headers, body: wireBody },
    shown: {
      method: 'POST',
      url: input.tokenUrl,
      headers: [...headers, ['Content-Length', String(Buffer.byteLength(wireBody))]],
      body: shownBody,
    },
  };
}

function requestFor(
  method: ProbeMethod,
  input: ClientAuthProbeInput,
): { wire: OutgoingRequest; shown: CapturedRequest } {
  if (method === 'post') return buildPostRequest(input);
  return buildTokenRequest({ ...input, basicEncoding: method === 'basic-form' ? 'form' : 'raw' });
}

async function probeOnce(
  fetchImpl: FetchLike,
  method: ProbeMethod,
  input: ClientAuthProbeInput,
  options: CaptureOptions,
): Promise<ProbeRow> {
  const { wire, shown } = requestFor(method, input);
  const captured = await sendAndCapture(fetchImpl, wire, shown, options);
  const read = interpretTokenResponse(captured, [secretCredential(input.clientSecret)]);
  const status = read.exchange.response?.status;
  const row: ProbeRow = {
    method,
    status,
    outcome: read.outcome,
    accepted: read.outcome === 'token',
    durationMs: read.exchange.durationMs,
    exchange: read.exchange,
  };
  return read.oauthError ? { ...row, oauthError: read.oauthError } : row;
}

/**
 * The client-auth probe: the same credentials sent the three ways a token endpoint may take them, one after the
 * other, so the table shows which the server accepts. An explicit user action: it sends the credentials up to
 * three times (it stops early when the endpoint cannot be reached at all).
 */
export async function probeClientAuth(
  fetchImpl: FetchLike,
  input: ClientAuthProbeInput,
  options: Partial<CaptureOptions> = {},
): Promise<ClientAuthProbeResult> {
  assertSafeTarget(input.tokenUrl);
  const capture = { ...DEFAULT_CAPTURE, ...options };
  const rows: ProbeRow[] = [];
  for (const method of PROBE_METHODS) {
    // One at a time: parallel attempts could trip a server's lockout or rate limit and blur the comparison.
    const row = await probeOnce(fetchImpl, method, input, capture);
    rows.push(row);
    if (row.outcome === 'network-error') break;
  }
  const differing = differingCharacters(input.clientSecret);
  return { rows, differingCharacters: differing, verdict: probeVerdict(rows, differing.length > 0) };
}
