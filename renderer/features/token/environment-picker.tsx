import { tokenEndpointOf } from '../../../shared/domain/environments';
import type { EnvironmentId, UrlCheck } from '../../../shared/domain/environments';
import type { EnvironmentSummary, SandboxStatus } from '../../../shared/ipc/contract';
import { Badge } from '../../components/badge';
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
}

function knownTokenUrl(env: EnvironmentSummary | undefined, sandbox: SandboxStatus | undefined): string | undefined {
  if ((env?.id === 'local' || env?.id === 'local-production') && sandbox?.authBase) return tokenEndpointOf(sandbox.authBase);
  return env?.tokenUrl;
}

function urlMessage(value: string, check: UrlCheck | undefined): FieldMessageValue | undefined {
  if (!check) return undefined;
  if (check.ok) return { tone: 'hint', text: `Requests go to ${check.url}` };
  return { tone: value.trim() === '' ? 'hint' : 'error', text: check.message };
}

export function EnvironmentPicker(props: EnvironmentPickerProps) {
  const { environments, environmentId, customTokenUrl, urlCheck, sandbox } = props;
  const selected = environments.find((env) => env.id === environmentId);
  const tokenUrl = knownTokenUrl(selected, sandbox);
  return (
    <fieldset className="group">
      <legend className="group-title">Target</legend>
      <div className="field">
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
                {env.label} — {env.badge}
              </option>
            ))}
          </select>
          {selected && <Badge text={selected.badge} tone={selected.production ? 'warning' : selected.id === 'local' ? 'success' : 'info'} />}
        </div>
        {selected && (
          <p id="environment-description" className="field-message field-message-hint">
            {selected.description}
          </p>
        )}
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
          value={customTokenUrl}
          placeholder="https://host/integrator-authentication/connect/token"
          message={urlMessage(customTokenUrl, urlCheck)}
          onChange={props.onCustomTokenUrlChange}
        />
      ) : (
        <TextField
          id="token-endpoint"
          label="Token endpoint"
          value={tokenUrl ?? ''}
          placeholder={environmentId === 'local' || environmentId === 'local-production' ? 'Known once the local sandbox runs' : ''}
          readOnly
        />
      )}
    </fieldset>
  );
}
