import type { EnvironmentId } from '../../shared/domain/environments';
import { LOCAL_ENVIRONMENT_IDS } from '../../shared/domain/sandbox-faults';
import type { LocalEnvironmentId } from '../../shared/domain/sandbox-faults';

/** The embedded sandbox behind an environment, when it is one of the two local ones. */
export function localEnvironmentOf(id: EnvironmentId): LocalEnvironmentId | undefined {
  return (LOCAL_ENVIRONMENT_IDS as readonly string[]).includes(id) ? (id as LocalEnvironmentId) : undefined;
}

export const LOCAL_LABELS: Record<LocalEnvironmentId, string> = {
  local: 'Local sandbox',
  'local-production': 'Local production',
};
