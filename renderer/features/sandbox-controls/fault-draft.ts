import { DEFAULT_FAULTS, type SandboxFaults } from '../../../shared/domain/sandbox-faults';

/** "Reset faults" sends the sandbox's defaults. */
export { DEFAULT_FAULTS };

export type NumberFault = 'tokenLifetimeSeconds' | 'clockSkewSeconds' | 'delayMs';
export type ServerErrorChoice = 'none' | '500' | '503';

/** The fault form as typed: numbers stay text until Apply, so a half-typed "-" is not lost. */
export interface FaultDraft {
  tokenLifetimeSeconds: string;
  clockSkewSeconds: string;
  delayMs: string;
  serverError: ServerErrorChoice;
  dropConnection: boolean;
  requireIbmClientId: boolean;
  basicDecoding: SandboxFaults['basicDecoding'];
}

export const NUMBER_FAULTS: readonly NumberFault[] = ['tokenLifetimeSeconds', 'clockSkewSeconds', 'delayMs'];

export function draftFrom(faults: SandboxFaults): FaultDraft {
  return {
    tokenLifetimeSeconds: String(faults.tokenLifetimeSeconds),
    clockSkewSeconds: String(faults.clockSkewSeconds),
    delayMs: String(faults.delayMs),
    serverError: faults.serverError === null ? 'none' : (String(faults.serverError) as ServerErrorChoice),
    dropConnection: faults.dropConnection,
    requireIbmClientId: faults.requireIbmClientId,
    basicDecoding: faults.basicDecoding,
  };
}

export type DraftCheck = { ok: true; faults: SandboxFaults } | { ok: false; problems: Partial<Record<NumberFault, string>> };

/**
 * Only "is it a number at all" is checked here; ranges and whole numbers are the sandbox's call (its INVALID_INPUT
 * message is shown as it comes), so the two can never disagree.
 */
export function faultsFromDraft(draft: FaultDraft): DraftCheck {
  const problems: Partial<Record<NumberFault, string>> = {};
  const numbers = {} as Record<NumberFault, number>;
  for (const name of NUMBER_FAULTS) {
    const text = draft[name].trim();
    const value = Number(text);
    if (text === '' || !Number.isFinite(value)) problems[name] = 'Type a number.';
    else numbers[name] = value;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    faults: {
      ...numbers,
      serverError: draft.serverError === 'none' ? null : (Number(draft.serverError) as 500 | 503),
      dropConnection: draft.dropConnection,
      requireIbmClientId: draft.requireIbmClientId,
      basicDecoding: draft.basicDecoding,
    },
  };
}

/** Which number field a sandbox INVALID_INPUT message is about, to mark it invalid. */
export function fieldsNamedIn(message: string): NumberFault[] {
  return NUMBER_FAULTS.filter((name) => message.includes(name));
}

/** The switches that differ from the defaults, in words: "server error 503, delay 2000 ms". */
export function describeActiveFaults(faults: SandboxFaults): string[] {
  const active: string[] = [];
  if (faults.tokenLifetimeSeconds !== DEFAULT_FAULTS.tokenLifetimeSeconds) active.push(`token lifetime ${faults.tokenLifetimeSeconds} s`);
  if (faults.clockSkewSeconds !== 0) active.push(`clock skew ${faults.clockSkewSeconds > 0 ? '+' : ''}${faults.clockSkewSeconds} s`);
  if (faults.serverError !== null) active.push(`server error ${faults.serverError}`);
  if (faults.delayMs !== 0) active.push(`delay ${faults.delayMs} ms`);
  if (faults.dropConnection) active.push('connection dropped');
  if (faults.requireIbmClientId) active.push('x-ibm-client-id required');
  if (faults.basicDecoding !== 'form') active.push('Basic read raw');
  return active;
}
