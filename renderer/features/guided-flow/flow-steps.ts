import type { PosAttempt, TokenAttempt } from '../../../shared/ipc/contract';
import { formatDuration } from '../../lib/format';

/** The seed's five steps (DOMAIN.md §1) and how far a run of the guided flow has got through them. */
export type StepId = 'authenticate' | 'validate' | 'token' | 'call' | 'response';
export type StepStatus = 'waiting' | 'active' | 'done' | 'failed' | 'skipped';
export type Party = 'client' | 'auth' | 'pos';
export type ExchangeRef = 'token' | 'pos';

/** Where a run is: preparing = fetching the demo credentials; token / pos = that exchange is in flight. */
export type FlowPhase = 'idle' | 'preparing' | 'token' | 'pos' | 'done' | 'failed';

export interface FlowProgress {
  phase: FlowPhase;
  tokenAttempt?: TokenAttempt;
  posAttempt?: PosAttempt;
  /** An IPC failure, with the phase it happened in. */
  failure?: { during: 'preparing' | 'token' | 'pos'; message: string };
}

export interface StepDefinition {
  id: StepId;
  number: number;
  title: string;
  from: Party;
  to: Party;
  /** Written on the arrow. */
  message: string;
  /** What happens, in one sentence. */
  explanation: string;
  exchange: ExchangeRef;
}

export const STEPS: readonly StepDefinition[] = [
  {
    id: 'authenticate',
    number: 1,
    title: 'Authenticate',
    from: 'client',
    to: 'auth',
    message: 'client_id + client_secret',
    explanation: 'The client sends its client_id and client_secret to the token endpoint (Basic authentication).',
    exchange: 'token',
  },
  {
    id: 'validate',
    number: 2,
    title: 'Validate',
    from: 'auth',
    to: 'auth',
    message: 'checks the credentials',
    explanation: 'The authorization server checks the id and secret (and the merchant VAT, when one is sent).',
    exchange: 'token',
  },
  {
    id: 'token',
    number: 3,
    title: 'Token',
    from: 'auth',
    to: 'client',
    message: 'access_token',
    explanation: 'It answers with an access_token: a signed JWT.',
    exchange: 'token',
  },
  {
    id: 'call',
    number: 4,
    title: 'Call the PoS API',
    from: 'client',
    to: 'pos',
    message: 'Authorization: Bearer <token>',
    explanation: 'The client calls the PoS V10 API with the token in the Authorization header.',
    exchange: 'pos',
  },
  {
    id: 'response',
    number: 5,
    title: 'Response',
    from: 'pos',
    to: 'client',
    message: 'PoS V10 answer',
    explanation: 'The PoS V10 API answers.',
    exchange: 'pos',
  },
];

export const PARTIES: Record<Party, string> = {
  client: 'Client (this app)',
  auth: 'Authorization server',
  pos: 'PoS V10 API',
};

export interface StepState {
  status: StepStatus;
  /** Status in words (never colour alone). */
  text: string;
  /** The timing that covers this step, and what it covers. */
  timing?: string;
}

const WAITING: StepState = { status: 'waiting', text: 'Not started' };
const SKIPPED: StepState = { status: 'skipped', text: 'Not reached' };

function tokenSteps(progress: FlowProgress): [StepState, StepState, StepState] {
  const { phase, tokenAttempt: attempt, failure } = progress;
  if (phase === 'token') {
    const inFlight = { status: 'active', text: 'In progress: the token request is on its way' } as const;
    return [
      inFlight,
      { status: 'active', text: 'In progress (inside the same exchange)' },
      { status: 'active', text: 'In progress (inside the same exchange)' },
    ];
  }
  if (failure?.during === 'token') return [{ status: 'failed', text: `Failed: ${failure.message}` }, SKIPPED, SKIPPED];
  if (!attempt) return [WAITING, WAITING, WAITING];
  const ms = formatDuration(attempt.exchange.durationMs);
  const whole = `${ms} for the whole token exchange (steps 1–3)`;
  const inside = `Within the ${ms} token exchange; not timed separately`;
  const response = attempt.exchange.response;
  if (!response)
    return [
      {
        status: 'failed',
        text: `No answer: ${attempt.exchange.failure?.message ?? 'the request failed'}`,
        timing: whole,
      },
      SKIPPED,
      SKIPPED,
    ];
  const sent: StepState = { status: 'done', text: 'Done: credentials sent', timing: whole };
  if (attempt.outcome !== 'token') {
    const cause = attempt.findings[0]?.cause;
    // A 5xx never got as far as the credentials: not a verdict on them, and the finding says what answered instead.
    if (response.status >= 500) {
      return [
        sent,
        {
          status: 'failed',
          text: `Not checked: HTTP ${response.status} from the server${cause ? `. ${cause}` : ''}`,
          timing: inside,
        },
        SKIPPED,
      ];
    }
    const why = attempt.oauthError ? `${response.status} ${attempt.oauthError.error}` : `HTTP ${response.status}`;
    return [sent, { status: 'failed', text: `Rejected: ${why}`, timing: inside }, SKIPPED];
  }
  const lifetime = attempt.tokenResponse?.expiresIn;
  return [
    sent,
    { status: 'done', text: 'Done: credentials accepted', timing: inside },
    {
      status: 'done',
      text: `Done: access_token received${lifetime !== undefined ? ` (expires in ${lifetime} s)` : ''}`,
      timing: inside,
    },
  ];
}

function posSteps(progress: FlowProgress, tokenOk: boolean): [StepState, StepState] {
  const { phase, posAttempt: attempt, failure } = progress;
  if (phase === 'pos')
    return [
      { status: 'active', text: 'In progress: calling the PoS V10 API' },
      { status: 'waiting', text: 'Waiting for the answer' },
    ];
  if (failure?.during === 'pos') return [{ status: 'failed', text: `Failed: ${failure.message}` }, SKIPPED];
  if (!attempt)
    return (phase === 'done' || phase === 'failed') && !tokenOk && failure?.during !== 'preparing'
      ? [SKIPPED, SKIPPED]
      : [WAITING, WAITING];
  const ms = formatDuration(attempt.exchange.durationMs);
  const whole = `${ms} for the whole PoS call (steps 4–5)`;
  const response = attempt.exchange.response;
  if (!response)
    return [
      { status: 'failed', text: `No answer: ${attempt.exchange.failure?.message ?? 'the call failed'}`, timing: whole },
      SKIPPED,
    ];
  const call: StepState = {
    status: 'done',
    text: `Done: ${attempt.exchange.request.method} sent with the bearer token`,
    timing: whole,
  };
  const inside = `Within the ${ms} PoS call`;
  if (response.status >= 200 && response.status < 300)
    return [
      call,
      { status: 'done', text: `Done: ${response.status} ${describePosBody(attempt)}`.trimEnd(), timing: inside },
    ];
  const code = attempt.error?.code ? ` · code ${attempt.error.code}` : '';
  return [call, { status: 'failed', text: `Refused: HTTP ${response.status}${code}`, timing: inside }];
}

function describePosBody(attempt: PosAttempt): string {
  const ids = (attempt.json as { storeIds?: unknown } | undefined)?.storeIds;
  return Array.isArray(ids) ? `— ${ids.length} store${ids.length === 1 ? '' : 's'}` : '';
}

/**
 * The state of a whole exchange, for its group's caption: how long it took once it has answered, else where the run
 * is — never "not run yet" while that exchange is in flight or about to be. Ends with its own punctuation.
 */
export function exchangeCaption(
  exchange: ExchangeRef,
  { phase, tokenAttempt, posAttempt, failure }: FlowProgress,
): string {
  const attempt = exchange === 'token' ? tokenAttempt : posAttempt;
  if (attempt) return `${formatDuration(attempt.exchange.durationMs)}.`;
  if (phase === exchange) return 'in progress…';
  if (failure?.during === exchange) return 'did not complete.';
  if (phase === 'idle') return 'not run yet.';
  if (phase === 'preparing' && exchange === 'token') return 'starting…';
  // Only the PoS call waits on the token exchange; once the run has ended without it, it was not reached.
  if (phase === 'preparing' || phase === 'token') return 'waiting for the token.';
  return 'not reached.';
}

/** Each step's state, in order. */
export function stepStates(progress: FlowProgress): StepState[] {
  const token = tokenSteps(progress);
  return [...token, ...posSteps(progress, progress.tokenAttempt?.outcome === 'token')];
}
