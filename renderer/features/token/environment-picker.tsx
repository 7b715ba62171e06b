import { tokenEndpointOf } from '../../../shared/domain/environments';
import type { EnvironmentId, UrlCheck } from '../../../shared/domain/environments';
import type { EnvironmentSummary, SandboxStatus } from '../../../shared/ipc/contract';
import type { ReactNode } from 'react';
import { Badge } from '../../components/badge';
import { Hint } from '../../components/hint';
import { TextField } from '../../components/text-field';
import type { FieldMessageValue } from '../../components/field-message';

interface EnvironmentPickerProps {
  environments: EnvironmentSummary[];
  environmentId: EnvironmentId;
  customTokenUrl: string;
  urlCheck?: UrlCheck;
  sandbox?: SandboxStatus;
  onEnvironmentChange: (id: EnvironmentId) => void;
  onCustomTokenUrlChange: (url: string) => void;
  /** Beside the environment's badge: the active sandbox faults. */
  chips?: ReactNode;
}

function knownTokenUrl(env: EnvironmentSummary | undefined, sandbox: SandboxStatus | undefined): string | undefined {
  if ((env?.id === 'local' || env?.id === 'local-production') && sandbox?.authBase)
    return tokenEndpointOf(sandbox.authBase);
  return env?.tokenUrl;
}

function urlMessage(value: string, check: UrlCheck | undefined): FieldMessageValue | undefined {
  if (!check) return undefined;
  if (check.ok) return { tone: 'hint', text: `Requests go to ${check.url}` };
  return { tone: value.trim() === '' ? 'hint' : 'error', text: check.message };
}

/**
 * The target of the send bar: Environment (with its badge, and what it is behind a "?") and the endpoint the
 * request goes to.
 */
export function EnvironmentPicker(props: EnvironmentPickerProps) {
  const { environments, environmentId, customTokenUrl, urlCheck, sandbox } = props;
  const selected = environments.find((env) => env.id === environmentId);
  const tokenUrl = knownTokenUrl(selected, sandbox);
  return (
    <div className="target" role="group" aria-label="Target">
      <div className="field field-inline">
        <label className="field-label" htmlFor="environment">
          Environment
        </label>
        <div className="field-row">
          <select
            id="environment"
            className="input select"
            value={environmentId}
            aria-describedby={selected ? 'environment-description' : undefined}
            onChange={(event) => props.onEnvironmentChange(event.target.value as EnvironmentId)}
          >
            {environments.length === 0 && <option value={environmentId}>Loading…</option>}
            {environments.map((env) => (
              <option key={env.id} value={env.id}>
                {env.label}
              </option>
            ))}
          </select>
          {selected && (
            <Badge
              text={selected.badge}
              tone={selected.production ? 'warning' : selected.id === 'local' ? 'success' : 'info'}
            />
          )}
          {selected && (
            <Hint topic="this environment">
              <span id="environment-description">{selected.description}</span>
            </Hint>
          )}
          {props.chips}
        </div>
      </div>
      {selected?.production && (
        <p className="production-warning" role="note">
          <strong>PRODUCTION</strong> — live MobilePay with real credentials and real merchants.
        </p>
      )}
      {environmentId === 'custom' ? (
        <TextField
          id="custom-token-url"
          label="Token endpoint URL"
          type="url"
          inline
          value={customTokenUrl}
          placeholder="https://host/integrator-authentication/connect/token"
          message={urlMessage(customTokenUrl, urlCheck)}
          onChange={props.onCustomTokenUrlChange}
        />
      ) : (
        <TextField
          id="token-endpoint"
          label="Token endpoint"
          inline
          value={tokenUrl ?? ''}
          placeholder={
            environmentId === 'local' || environmentId === 'local-production' ? 'Known once the local sandbox runs' : ''
          }
          readOnly
        />
      )}
    </div>
  );
}
