import type { HistorySummary } from '../../shared/domain/history';
import type { TokenAttempt } from '../../shared/ipc/contract';
import type { FakeHandlers } from './fake-api';

/** An in-memory History for renderer tests: newest first, as main lists it. */
export function summaryOf(
  attempt: TokenAttempt,
  extra: { profileName?: string; clientId?: string } = {},
): HistorySummary {
  return {
    id: attempt.id,
    at: attempt.exchange.startedAt,
    environment: attempt.environment,
    ...(attempt.profileId ? { profileId: attempt.profileId } : {}),
    ...extra,
    ...(attempt.merchantVat ? { merchantVat: attempt.merchantVat } : {}),
    ...(attempt.exchange.response ? { status: attempt.exchange.response.status } : {}),
    outcome: attempt.outcome,
    durationMs: attempt.exchange.durationMs,
  };
}

export function fakeHistory(initial: TokenAttempt[] = []) {
  const attempts = [...initial];
  const notFound = {
    ok: false,
    error: { code: 'NOT_FOUND', message: 'This attempt is no longer in History.' },
  } as const;
  const handlers: FakeHandlers = {
    'history:list': () => ({ ok: true, value: attempts.map((attempt) => summaryOf(attempt)) }),
    'history:get': ({ id }) => {
      const attempt = attempts.find((a) => a.id === id);
      return attempt ? { ok: true, value: { summary: summaryOf(attempt), attempt } } : notFound;
    },
    'history:delete': ({ id }) => {
      const index = attempts.findIndex((a) => a.id === id);
      if (index === -1) return notFound;
      attempts.splice(index, 1);
      return { ok: true, value: { deleted: true } };
    },
    'history:clear': () => {
      attempts.length = 0;
      return { ok: true, value: { cleared: true } };
    },
  };
  /** What token:request does to History in main: the new attempt goes first. */
  const record = (attempt: TokenAttempt) => attempts.unshift(attempt);
  /** token:request answering with a new attempt, recorded first as main does. */
  const recordingRequests = (make: () => TokenAttempt): FakeHandlers => ({
    'token:request': () => {
      const attempt = make();
      record(attempt);
      return { ok: true, value: attempt };
    },
  });
  return { handlers, attempts, record, recordingRequests };
}
