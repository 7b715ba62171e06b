import { ENVIRONMENTS, tokenEndpointOf } from '../../shared/domain/environments';
import type { EnvironmentSummary } from '../../shared/ipc/contract';
import type { HandlerDeps } from './deps';

export function listEnvironments(deps: HandlerDeps): EnvironmentSummary[] {
  return ENVIRONMENTS.map(({ id, label, badge, production, description, authBase }) => {
    const base = id === 'local' || id === 'local-production' ? deps.sandboxes[id].status().authBase : authBase;
    return base
      ? { id, label, badge, production, description, tokenUrl: tokenEndpointOf(base) }
      : { id, label, badge, production, description };
  });
}
