import {
  DEFAULT_FAULTS,
  NUMBER_FAULT_LABELS,
  NUMBER_FAULT_RANGES,
  NUMBER_FAULTS,
  numberFaultRangeMessage,
  type NumberFault,
  type SandboxFaults,
} from '../../../shared/domain/sandbox-faults';

/** "Reset faults" sends the sandbox's defaults. */
export { DEFAULT_FAULTS };

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

/** U+2212 MINUS SIGN (the Clock skew hint writes "−", and it comes along when copied from docs) counts as "-". */
const plainNumber = (text: string) => text.trim().replace(/^\u2212/, '-');

function parseNumber(text: string): number | undefined {
  const plain = plainNumber(text);
  const value = Number(plain);
  return plain === '' || !Number.isFinite(value) ? undefined : value;
}

/** What is wrong with one typed number, in the same words main would use; undefined = fine to apply. */
export function numberProblem(name: NumberFault, text: string): string | undefined {
  const value = parseNumber(text);
  if (value === undefined) return 'Type a number.';
  const { min, max } = NUMBER_FAULT_RANGES[name];
  if (Number.isInteger(value) && value >= min && value <= max) return undefined;
  return numberFaultRangeMessage(name);
}

/** Every number field's problem, checked as the user types; Apply waits until this is empty. */
export function numberProblems(draft: FaultDraft): Partial<Record<NumberFault, string>> {
  const problems: Partial<Record<NumberFault, string>> = {};
  for (const name of NUMBER_FAULTS) {
    const problem = numberProblem(name, draft[name]);
    if (problem) problems[name] = problem;
  }
  return problems;
}

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

export type DraftCheck =
  { ok: true; faults: SandboxFaults } | { ok: false; problems: Partial<Record<NumberFault, string>> };

/** The draft as the sandbox's switches, or each number field's problem; out-of-range values never reach main. */
export function faultsFromDraft(draft: FaultDraft): DraftCheck {
  const problems = numberProblems(draft);
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const numbers = {} as Record<NumberFault, number>;
  for (const name of NUMBER_FAULTS) numbers[name] = Number(plainNumber(draft[name]));
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

/**
 * Which number field a sandbox INVALID_INPUT message is about, to mark it invalid. The form's own check should
 * catch everything first; this is the net for a main whose limits moved without the form's.
 */
export function fieldsNamedIn(message: string): NumberFault[] {
  return NUMBER_FAULTS.filter((name) => message.startsWith(NUMBER_FAULT_LABELS[name]));
}

/** The switches that differ from the defaults, in words: "server error 503, delay 2000 ms". */
export function describeActiveFaults(faults: SandboxFaults): string[] {
  const active: string[] = [];
  if (faults.tokenLifetimeSeconds !== DEFAULT_FAULTS.tokenLifetimeSeconds)
    active.push(`token lifetime ${faults.tokenLifetimeSeconds} s`);
  if (faults.clockSkewSeconds !== 0)
    active.push(`clock skew ${faults.clockSkewSeconds > 0 ? '+' : ''}${faults.clockSkewSeconds} s`);
  if (faults.serverError !== null) active.push(`server error ${faults.serverError}`);
  if (faults.delayMs !== 0) active.push(`delay ${faults.delayMs} ms`);
  if (faults.dropConnection) active.push('connection dropped');
  if (faults.requireIbmClientId) active.push('x-ibm-client-id required');
  if (faults.basicDecoding !== 'form') active.push('Basic read raw');
  return active;
}
