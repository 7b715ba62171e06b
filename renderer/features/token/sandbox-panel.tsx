import { useState } from 'react';
import type { DemoClient, SandboxStatus } from '../../../shared/ipc/contract';
import { Badge } from '../../components/badge';
import type { BadgeTone } from '../../components/badge';
import { BusyButton } from '../../components/busy-button';
import { Hint } from '../../components/hint';

interface SandboxPanelProps {
  /** Which embedded sandbox: "Local sandbox" or "Local production". */
  label?: string;
  sandbox?: SandboxStatus;
  onStart: () => void;
  onLoadDemoClients: () => Promise<DemoClient[]>;
  onUseDemoClient: (client: DemoClient) => void;
}

const STATE_TEXT: Record<SandboxStatus['state'], { text: string; tone: BadgeTone }> = {
  running: { text: 'Running', tone: 'success' },
  starting: { text: 'Starting…', tone: 'info' },
  stopped: { text: 'Stopped', tone: 'neutral' },
  failed: { text: 'Failed', tone: 'danger' },
};

/** A local sandbox's status and its public demo credentials. The demo list lives here, never in a store. */
export function SandboxPanel({
  label = 'Local sandbox',
  sandbox,
  onStart,
  onLoadDemoClients,
  onUseDemoClient,
}: SandboxPanelProps) {
  const [demoClients, setDemoClients] = useState<DemoClient[]>([]);
  const [demoIndex, setDemoIndex] = useState(0);
  const [loading, setLoading] = useState(false);
  const state = sandbox ? STATE_TEXT[sandbox.state] : { text: 'Unknown', tone: 'neutral' as const };
  const canStart = sandbox?.state === 'stopped' || sandbox?.state === 'failed';

  async function loadAndApplyDemo() {
    if (loading) return;
    setLoading(true);
    const clients = await onLoadDemoClients();
    setLoading(false);
    // Keep the demo client chosen in the picker (e.g. the reserved-character one), not the first of the list.
    const kept = clients.findIndex((client) => client.clientId === demoClients[demoIndex]?.clientId);
    const index = Math.max(kept, 0);
    setDemoClients(clients);
    setDemoIndex(index);
    if (clients[index]) onUseDemoClient(clients[index]);
  }

  function pickDemo(index: number) {
    setDemoIndex(index);
    const client = demoClients[index];
    if (client) onUseDemoClient(client);
  }

  const picked = demoClients[demoIndex];
  return (
    <div className="sandbox-panel">
      <div className="sandbox-status" role="status" aria-label={`${label} status`}>
        <span>{label}</span>
        <Badge text={state.text} tone={state.tone} />
        {sandbox?.message && <span className="muted">{sandbox.message}</span>}
      </div>
      <div className="sandbox-actions">
        {canStart && (
          <button type="button" className="button button-secondary button-small" onClick={onStart}>
            Start sandbox
          </button>
        )}
        <BusyButton
          type="button"
          className="button button-secondary button-small"
          onClick={() => void loadAndApplyDemo()}
          busy={loading}
        >
          {loading ? 'Loading…' : 'Use demo credentials'}
        </BusyButton>
        {demoClients.length > 1 && (
          <label className="inline-field">
            <span className="field-label">Demo client</span>
            <select
              className="input select"
              value={demoIndex}
              onChange={(event) => pickDemo(Number(event.target.value))}
            >
              {demoClients.map((client, index) => (
                <option key={`${client.clientId}-${index}`} value={index}>
                  {client.label}
                </option>
              ))}
            </select>
          </label>
        )}
        {picked && <Hint topic="this demo client">{picked.note}</Hint>}
      </div>
    </div>
  );
}
