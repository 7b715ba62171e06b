import { GuidedFlowPage } from '../features/guided-flow/guided-flow-page';
import { FlowDecodedToken, StageFaultsNotice } from './guided-flow-slots';

/**
 * The guided flow with what it borrows from other features (the decoded token from claims, the fault switches from
 * sandbox-controls), composed here in the app layer. Loaded on demand with the guided flow itself.
 */
export function GuidedFlowView({ active }: { active: boolean }) {
  return (
    <GuidedFlowPage
      renderDecodedToken={(attempt) => <FlowDecodedToken attempt={attempt} />}
      faultsNotice={<StageFaultsNotice />}
      active={active}
    />
  );
}
