import type { SandboxStatus } from '../../shared/ipc/contract';
import { describeActiveFaults } from '../features/sandbox-controls/fault-draft';

/** "Faults: delay 500 ms, …" while a local sandbox runs with fault switches on; nothing otherwise. */
export function FaultsChip({ sandbox }: { sandbox?: SandboxStatus }) {
  const active = sandbox?.faults ? describeActiveFaults(sandbox.faults) : [];
  if (active.length === 0) return null;
  return (
    <span
      className="chip-status chip-status-warning"
      role="note"
      title="Sandbox controls → Reset faults turns them off"
    >
      Faults: {active.join(', ')}
    </span>
  );
}
