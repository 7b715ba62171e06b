import type { EnvironmentSummary, TokenAttempt } from '../../shared/ipc/contract';
import { ExportActions } from '../components/export-actions';
import { PosProbePanel } from '../features/pos/pos-probe-panel';

interface AttemptExtrasProps {
  attempt: TokenAttempt;
  environments: EnvironmentSummary[];
  formVat: string;
}

/** Under the response: exports of the attempt (and the run). */
export function AttemptExports({ attempt }: { attempt: TokenAttempt }) {
  return <ExportActions key={attempt.id} attemptId={attempt.id} withRun />;
}

/** Under the token: the PoS V10 probe, fresh for each attempt (its calls belong to that token). */
export function AttemptPosProbe({ attempt, environments, formVat }: AttemptExtrasProps) {
  if (!attempt.token) return null;
  return <PosProbePanel key={attempt.id} attempt={attempt} environments={environments} formVat={formVat} />;
}
