import { ConfirmDialog } from '../../components/confirm-dialog';
import { Sensitive } from '../../components/sensitive';

interface ProductionConfirmProps {
  clientId: string;
  tokenUrl?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export const PRODUCTION_CONFIRM_TITLE = 'Send these credentials to MobilePay Production?';

/** Asked once per run, before the first request to Production; Cancel is focused, so Enter sends nothing. */
export function ProductionConfirm({ clientId, tokenUrl, onConfirm, onCancel }: ProductionConfirmProps) {
  return (
    <ConfirmDialog
      title={PRODUCTION_CONFIRM_TITLE}
      message={
        <>
          Client ID{' '}
          <code>
            <Sensitive kind="clientId" value={clientId} label="Client ID" />
          </code>{' '}
          and its secret go to live MobilePay
          {tokenUrl ? (
            <>
              {' '}
              at <code>{tokenUrl}</code>
            </>
          ) : null}
          : real credentials, real merchants. Until you quit, later requests to Production are sent without asking
          again.
        </>
      }
      confirmLabel="Confirm"
      danger
      onCancel={onCancel}
      onConfirm={async () => {
        onConfirm();
        return undefined;
      }}
    />
  );
}
