import { orderFindings, type Finding } from '../../../shared/domain/diagnosis';
import { gatewayBodyFinding, htmlBodyFinding, unexplainedUnauthorizedFinding } from './body-rules';
import { clockSkewFindings, tokenValidityFindings } from './clock-rules';
import { credentialValueFindings, vatFindings } from './credential-rules';
import { basicEncodingFindings } from './encoding-rules';
import { networkFindings } from './network-rules';
import { httpStatusFindings, signatureFindings, tokenBodyFindings } from './http-status-rules';
import { oauthErrorFindings } from './oauth-error-rules';
import {
  expiredButAcceptedFindings,
  missingBearerFindings,
  tokenLifetimeFindings,
  unexplainedPosUnauthorized,
} from './pos-auth-rules';
import { posSignatureFindings } from './pos-signature-rules';
import { posCodeFindings } from './pos-code-rules';
import { sandboxFaultFinding } from './sandbox-fault-rules';
import { historyFindings, invalidClientFindings } from './token-rules';
import type { PosDiagnosisInput, TokenDiagnosisInput } from './types';

/**
 * Findings for one token request: why it failed (or what to watch although it worked), most important first.
 * Reads only redacted data and the caller's context; never throws for odd input.
 */
export function diagnoseTokenAttempt(input: TokenDiagnosisInput): Finding[] {
  const { attempt } = input;
  const { exchange } = attempt;
  const token = attempt.token;
  // A fault switched on in the local sandbox explains the outcome for certain: no guessing at proxies or servers.
  const fault = sandboxFaultFinding(exchange, input.sandboxFaults, 'token');
  return orderFindings([
    ...(fault
      ? [fault]
      : [
          ...networkFindings(exchange, attempt.environment.id),
          ...htmlBodyFinding(exchange, 'non-oauth-body-html'),
          ...httpStatusFindings(attempt),
        ]),
    ...invalidClientFindings(input),
    ...historyFindings(input),
    ...basicEncodingFindings(input),
    ...credentialValueFindings(attempt, input.credentials),
    ...(fault ? [] : gatewayBodyFinding(exchange)),
    ...unexplainedUnauthorizedFinding(exchange),
    ...oauthErrorFindings(attempt),
    ...tokenBodyFindings(attempt),
    ...vatFindings(input),
    ...clockSkewFindings(exchange, token ? { view: token, nowMs: input.nowMs } : undefined, input.sandboxFaults),
    ...(token ? tokenValidityFindings(token, input.nowMs, exchange, input.sandboxFaults) : []),
    ...signatureFindings(attempt, input.verification),
  ]);
}

/** Findings for one PoS V10 call made with callPos. */
export function diagnosePosCall(input: PosDiagnosisInput): Finding[] {
  const { exchange } = input;
  const bearer = missingBearerFindings(input);
  // Without a well-formed Bearer header the token never reached the API: its expiry or keys are beside the point.
  const tokenFindings =
    bearer.length > 0
      ? []
      : [...tokenLifetimeFindings(input), ...posSignatureFindings(input), ...expiredButAcceptedFindings(input)];
  const auth = [...bearer, ...tokenFindings];
  const fault = sandboxFaultFinding(exchange, input.sandboxFaults, 'pos');
  return orderFindings([
    ...(fault
      ? [fault]
      : [
          ...networkFindings(exchange, input.environment.id),
          ...posCodeFindings(input),
          ...htmlBodyFinding(exchange, 'pos-non-json-body'),
        ]),
    ...auth,
    ...(auth.length === 0 ? unexplainedPosUnauthorized(input) : []),
    ...gatewayBodyFinding(exchange),
    ...clockSkewFindings(
      exchange,
      input.token ? { view: input.token.view, nowMs: input.nowMs } : undefined,
      input.sandboxFaults,
    ),
  ]);
}
