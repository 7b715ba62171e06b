import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DemoClient } from '../../shared/domain/sandbox-status';
import type { SandboxFaults } from './faults';
import { headerValues } from './pos-headers';
import { sendJson } from './router';

const IBM_CLIENT_ID_HEADER = 'x-ibm-client-id';

/** The IBM API Connect gateway's answer when the client id is missing or not one it knows (DOMAIN.md §4). */
export const IBM_GATEWAY_UNAUTHORIZED = Object.freeze({
  httpCode: '401',
  httpMessage: 'Unauthorized',
  moreInformation: 'Client id not registered.',
});

/** Standard Base64, padded: what IdentityServer's Convert.FromBase64String accepts (see mobilepay-endpoints.ts). */
export const STRICT_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Token-endpoint faults that sit in front of oidc-provider:
 * - requireIbmClientId: like the 2020–2022 IBM gateway, a request without `x-ibm-client-id`, with it twice, or
 *   naming a client this environment does not have (or another client than the Basic credentials) gets the
 *   gateway's 401 JSON before the authorization server sees it;
 * - basicDecoding 'raw': Basic credentials are taken as they are instead of form-decoded. oidc-provider always
 *   form-decodes, so the header is rewritten to the form-encoding of the raw values: then a raw header
 *   authenticates and a form-encoded one (of a secret with reserved characters) no longer does.
 * Returns true when the request was answered here.
 */
export function applyTokenEndpointFaults(
  req: IncomingMessage,
  res: ServerResponse,
  faults: Readonly<SandboxFaults>,
  clients: readonly DemoClient[],
): boolean {
  if (faults.requireIbmClientId && !gatewayAccepts(req, faults.basicDecoding, clients)) {
    sendJson(res, 401, IBM_GATEWAY_UNAUTHORIZED);
    return true;
  }
  if (faults.basicDecoding === 'raw') rewriteRawBasicAsFormEncoded(req);
  return false;
}

/**
 * Two Authorization headers: Node keeps only the first, oidc-provider would authenticate with it, and a proxy in
 * front might have used the other. Refused, as the PoS API refuses its duplicated headers.
 */
export function refusedDuplicateAuthorization(req: IncomingMessage, res: ServerResponse): boolean {
  if (headerValues(req, 'authorization').length < 2) return false;
  sendJson(res, 400, {
    error: 'invalid_request',
    error_description: 'the request has more than one Authorization header; send exactly one',
  });
  return true;
}

function gatewayAccepts(
  req: IncomingMessage,
  decoding: SandboxFaults['basicDecoding'],
  clients: readonly DemoClient[],
): boolean {
  const values = headerValues(req, IBM_CLIENT_ID_HEADER);
  const [value] = values;
  if (values.length !== 1 || value === undefined) return false;
  if (!clients.some((client) => client.clientId === value)) return false;
  const basicClientId = basicCredentials(req)?.[0];
  if (basicClientId === undefined) return true;
  return (decoding === 'raw' ? basicClientId : formDecode(basicClientId)) === value;
}

function rewriteRawBasicAsFormEncoded(req: IncomingMessage): void {
  const credentials = basicCredentials(req);
  if (!credentials) return; // not Basic, or not strict Base64: left for the usual checks to refuse
  const [id, secret] = credentials;
  const reencoded = Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`, 'utf8').toString('base64');
  req.headers.authorization = `Basic ${reencoded}`;
}

/** The undecoded id and secret of a well-formed `Authorization: Basic` header (split at the first colon). */
function basicCredentials(req: IncomingMessage): [string, string] | undefined {
  const header = req.headers.authorization;
  const match = typeof header === 'string' ? /^basic ([^\s]+)$/i.exec(header) : null;
  const encoded = match?.[1];
  if (encoded === undefined || !STRICT_BASE64.test(encoded)) return undefined;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon === -1 ? undefined : [decoded.slice(0, colon), decoded.slice(colon + 1)];
}

function formDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, '%20'));
  } catch {
    return undefined;
  }
}
