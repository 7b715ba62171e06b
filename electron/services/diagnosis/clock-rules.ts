import type { Finding } from '../../../shared/domain/diagnosis';
import type { Exchange } from '../../../shared/domain/exchange';
import type { TokenView } from '../../../shared/domain/token-view';
import { formatDuration, isoOf, lines } from './evidence';
import { WAY_OUT, type ActiveFaults } from './sandbox-fault-rules';

/** Clocks: this machine against the server, and a token's validity window on the server's clock. */

/** Beyond this, the local clock is reported as off (tokens are checked against the server's clock). */
export const CLOCK_SKEW_LIMIT_MS = 60_000;
/** The server's time is known to about a second (Date has 1 s resolution); `nbf` gets this much slack. */
const NOT_BEFORE_TOLERANCE_MS = 5_000;

/** The local sandbox's own Clock skew switch, when it is on: then the sandbox's clock is off, not this machine's. */
function skewSwitch(faults: ActiveFaults | undefined): number | undefined {
  const seconds = faults?.clockSkewSeconds;
  return seconds === undefined || seconds === 0 ? undefined : seconds;
}

function cause(skew: number, switchSeconds: number | undefined): { cause: string; nextStep: string } {
  const direction = skew > 0 ? 'behind' : 'ahead of';
  if (switchSeconds !== undefined) {
    return {
      cause: `The local sandbox's Clock skew switch sets its clock ${formatDuration(switchSeconds * 1000)} ${switchSeconds > 0 ? 'ahead' : 'behind'}, so it looks ${formatDuration(skew)} off from this machine: token lifetimes computed here are off by as much. This machine's clock is fine.`,
      nextStep: `Set Clock skew back to 0 ${WAY_OUT}`,
    };
  }
  return {
    cause: `This machine's clock is ${formatDuration(skew)} ${direction} the server's, so token lifetimes computed here are off by as much.`,
    nextStep:
      "Turn on automatic time synchronisation (NTP) on this machine. Until then, judge a token's expiry by the server's clock, " +
      'which the console uses for its own checks.',
  };
}

/** `token` (optional) adds how the skew changes that token's look on this machine. */
export function clockSkewFindings(
  exchange: Exchange,
  token?: { view: Pick<TokenView, 'exp' | 'nbf'>; nowMs: number },
  faults?: ActiveFaults,
): Finding[] {
  const skew = exchange.clockSkewMs;
  if (skew === undefined || Math.abs(skew) <= CLOCK_SKEW_LIMIT_MS) return [];
  const switchSeconds = skewSwitch(faults);
  const named = cause(skew, switchSeconds);
  const timing = token ? tokenTiming(token.view, token.nowMs, skew) : undefined;
  const misleading =
    timing && timing.state !== timing.localState
      ? `On this machine's clock the token looks ${timing.localState.replace(/-/g, ' ')}; on the server's clock it is ${timing.state.replace(/-/g, ' ')}.`
      : undefined;
  return [
    {
      id: 'clock-skew',
      severity: 'warning',
      certainty: 'certain',
      cause: named.cause,
      evidence: lines(
        switchSeconds !== undefined && `Sandbox fault: clock skew ${switchSeconds} s.`,
        exchange.serverDate && `The server's Date header says ${exchange.serverDate}.`,
        `Measured skew: ${Math.round(skew / 1000)} s (positive = the server is ahead).`,
        `Allowed before warning: ${CLOCK_SKEW_LIMIT_MS / 1000} s.`,
        misleading,
      ),
      nextStep: named.nextStep,
    },
  ];
}

type TokenTimingState = 'valid' | 'expired' | 'not-yet-valid' | 'unknown';

export interface TokenTiming {
  state: TokenTimingState;
  /** Now on the server's clock (this machine's clock corrected by the measured skew). */
  serverNowMs: number;
  /** What this machine's uncorrected clock would say. */
  localState: TokenTimingState;
  evidence: string[];
}

function stateAt(view: Pick<TokenView, 'exp' | 'nbf'>, nowMs: number): TokenTimingState {
  if (view.exp === undefined && view.nbf === undefined) return 'unknown';
  if (view.exp !== undefined && view.exp * 1000 <= nowMs) return 'expired';
  if (view.nbf !== undefined && view.nbf * 1000 > nowMs + NOT_BEFORE_TOLERANCE_MS) return 'not-yet-valid';
  return 'valid';
}

export function tokenTiming(
  view: Pick<TokenView, 'exp' | 'nbf'>,
  nowMs: number,
  clockSkewMs: number | undefined,
): TokenTiming {
  const serverNowMs = nowMs + (clockSkewMs ?? 0);
  const state = stateAt(view, serverNowMs);
  const localState = stateAt(view, nowMs);
  const evidence = lines(
    view.exp !== undefined && `exp = ${view.exp} (${isoOf(view.exp * 1000)}).`,
    view.nbf !== undefined && `nbf = ${view.nbf} (${isoOf(view.nbf * 1000)}).`,
    `Now on the server's clock: ${isoOf(serverNowMs)}${clockSkewMs ? ` (this machine's clock corrected by ${Math.round(clockSkewMs / 1000)} s)` : ''}.`,
    state !== localState &&
      `On this machine's uncorrected clock the token would look ${localState.replace(/-/g, ' ')}.`,
  );
  return { state, serverNowMs, localState, evidence };
}

/** For a token just received from the token endpoint. */
export function tokenValidityFindings(
  view: Pick<TokenView, 'exp' | 'nbf'>,
  nowMs: number,
  exchange: Exchange,
  faults?: ActiveFaults,
): Finding[] {
  const clockFix =
    skewSwitch(faults) !== undefined
      ? "set the local sandbox's Clock skew switch back to 0"
      : "fix this machine's clock";
  const timing = tokenTiming(view, nowMs, exchange.clockSkewMs);
  if (timing.state === 'expired' && view.exp !== undefined) {
    return [
      {
        id: 'token-expired',
        severity: 'error',
        certainty: 'certain',
        cause: `The token expired ${formatDuration(timing.serverNowMs - view.exp * 1000)} ago on the server's clock; the PoS API will refuse it.`,
        evidence: timing.evidence,
        nextStep:
          timing.localState === 'expired'
            ? 'Request a new token. Integrations should renew about 10 minutes before exp.'
            : `Request a new token, and ${clockFix}: it makes expired tokens look valid.`,
      },
    ];
  }
  if (timing.state === 'not-yet-valid' && view.nbf !== undefined) {
    return [
      {
        id: 'token-not-yet-valid',
        severity: 'warning',
        certainty: 'likely',
        cause: `The token is not valid for another ${formatDuration(view.nbf * 1000 - timing.serverNowMs)} (its nbf is in the future on the server's clock).`,
        evidence: timing.evidence,
        nextStep:
          "The token endpoint's clock is ahead of the server's Date header; wait, or report the clock difference to the server's operator.",
      },
    ];
  }
  return [];
}
