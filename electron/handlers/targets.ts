import {
  checkCustomTokenUrl,
  environmentById,
  tokenEndpointOf,
  type EnvironmentId,
} from '../../shared/domain/environments';
import { HandlerError } from '../../shared/ipc/result';
import type { HandlerDeps } from './deps';
import { startedSandbox } from './sandbox';

export interface Target {
  environment: EnvironmentId;
  customTokenUrl?: string;
}

/** The token endpoint of an environment: typed for Custom, the running sandbox for Local (started on first use). */
export async function resolveTokenUrl(deps: HandlerDeps, target: Target): Promise<string> {
  if (target.environment === 'custom') {
    const check = checkCustomTokenUrl(target.customTokenUrl ?? '');
    if (!check.ok) throw new HandlerError('INVALID_INPUT', check.message);
    return check.url;
  }
  if (target.environment === 'local' || target.environment === 'local-production') {
    return tokenEndpointOf((await startedSandbox(deps, target.environment)).authBase);
  }
  const { authBase } = environmentById(target.environment);
  if (!authBase) throw new HandlerError('INTERNAL', 'This environment has no token endpoint.');
  return tokenEndpointOf(authBase);
}
