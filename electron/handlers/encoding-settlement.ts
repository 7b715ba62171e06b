import type { Finding } from '../../shared/domain/diagnosis';
import { statusWithReason } from '../../shared/domain/http-status';
import type { TokenAttempt } from '../../shared/ipc/contract';
import { HandlerError } from '../../shared/ipc/result';
import type { BasicEncoding, TokenRequestInput } from '../../shared/ipc/schemas';
import { clientAuthRefused, gotToken } from '../services/diagnosis/attempt-facts';
import type { EncodingCheck, TokenDiagnosisInput } from '../services/diagnosis/index';
import type { HandlerDeps } from './deps';

/**
 * "Settle the Basic encoding": the one extra request with the other encoding that says for certain whether a
 * refusal was the encoding or the pair. Main keeps what it needs to send it again (the secret included) in memory
 * only, for the last few refused attempts that offered it, and forgets it once used. Environments where the user
 * ticked "always" get the extra request sent right away (remembered for this run of the app).
 */
export interface RefusedAttempt {
  input: TokenRequestInput;
  clientSecret: string;
  tokenUrl: string;
  diagnosis: TokenDiagnosisInput;
}

/** Sends one token request and records it like any other; `check` is the other attempt's answer, for its diagnosis. */
export type SendAttempt = (
  input: TokenRequestInput,
  clientSecret: string,
  tokenUrl: string,
  check: EncodingCheck,
) => Promise<TokenAttempt>;

const KEEP = 10;

interface SettlementState {
  pending: Map<string, RefusedAttempt>;
  automatic: Set<string>;
}

const states = new WeakMap<HandlerDeps, SettlementState>();

function stateOf(deps: HandlerDeps): SettlementState {
  let state = states.get(deps);
  if (!state) states.set(deps, (state = { pending: new Map(), automatic: new Set() }));
  return state;
}

function outcomeOf(attempt: Pick<TokenAttempt, 'exchange'>): string {
  const response = attempt.exchange.response;
  return response ? statusWithReason(response.status, response.statusText) : 'no answer';
}

function checkOf(attempt: TokenAttempt, encoding: BasicEncoding): EncodingCheck {
  const verdict = gotToken(attempt) ? 'accepted' : clientAuthRefused(attempt) ? 'refused' : 'inconclusive';
  return { encoding, verdict, outcome: outcomeOf(attempt) };
}

const offersSettlement = (findings: readonly Finding[]) =>
  findings.some((finding) => finding.action?.kind === 'settle-encoding');

async function settle(refused: RefusedAttempt, send: SendAttempt, diagnose: (input: TokenDiagnosisInput) => Finding[]) {
  const used = refused.input.basicEncoding;
  const other: BasicEncoding = used === 'form' ? 'raw' : 'form';
  const firstCheck: EncodingCheck = {
    encoding: used,
    verdict: 'refused',
    outcome: outcomeOf(refused.diagnosis.attempt),
  };
  const retry = await send(
    { ...refused.input, basicEncoding: other },
    refused.clientSecret,
    refused.tokenUrl,
    firstCheck,
  );
  const findings = diagnose({ ...refused.diagnosis, encodingCheck: checkOf(retry, other) });
  return { findings, retry };
}

/** After a first attempt: remember it when its findings offer the extra request, or send it now where allowed. */
export async function afterRefusal(
  deps: HandlerDeps,
  refused: RefusedAttempt & { attemptId: string; environmentId: string },
  findings: Finding[],
  send: SendAttempt,
  diagnose: (input: TokenDiagnosisInput) => Finding[],
): Promise<Finding[]> {
  if (!offersSettlement(findings)) return findings;
  const state = stateOf(deps);
  if (state.automatic.has(refused.environmentId)) return (await settle(refused, send, diagnose)).findings;
  state.pending.set(refused.attemptId, refused);
  for (const key of state.pending.keys()) if (state.pending.size > KEEP) state.pending.delete(key);
  return findings;
}

/** The channel token:settle-encoding: the extra request for a refused attempt, once. */
export async function settleEncoding(
  deps: HandlerDeps,
  request: { attemptId: string; always?: boolean },
  send: SendAttempt,
  diagnose: (input: TokenDiagnosisInput) => Finding[],
): Promise<{ findings: Finding[]; retry: TokenAttempt }> {
  const state = stateOf(deps);
  const refused = state.pending.get(request.attemptId);
  if (!refused)
    throw new HandlerError(
      'NOT_FOUND',
      'This attempt can no longer be checked with the other encoding: send the request again.',
    );
  state.pending.delete(request.attemptId);
  if (request.always) state.automatic.add(refused.input.environment);
  return settle(refused, send, diagnose);
}
