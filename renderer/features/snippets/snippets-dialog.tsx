import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { ModalDialog } from '../../components/modal-dialog';
import { GeneratedSnippets } from '../../components/snippet-tabs';
import { useApi } from '../../lib/api-context';
import type { TokenForm } from '../../lib/token-form';
import { planSnippets } from './snippet-request';
import { createSnippetsStore } from './use-snippets-store';

export const CLIENT_ID_VARIABLE = 'MOBILEPAY_CLIENT_ID';
export const CLIENT_SECRET_VARIABLE = 'MOBILEPAY_CLIENT_SECRET';

/** The token request as curl, PowerShell, C#, Python and Node, for the form as it is when the dialog opens. */
interface SnippetsDialogProps {
  form: TokenForm;
  onClose: () => void;
  /** credentialsReadSameEitherWay(id, secret) of the typed values: a plain curl -u then. Unknown (a saved profile) when left out. */
  plainCredentials?: boolean;
}

export function SnippetsDialog({ form, onClose, plainCredentials }: SnippetsDialogProps) {
  const api = useApi();
  const [store] = useState(() => createSnippetsStore(api));
  const [plan] = useState(() => planSnippets(form, plainCredentials));
  const status = useStore(store, (s) => s.status);
  const snippets = useStore(
    store,
    useShallow((s) => s.snippets),
  );
  const error = useStore(store, (s) => s.error);

  useEffect(() => {
    if (plan.ok) void store.getState().load(plan.request);
  }, [store, plan]);

  return (
    <ModalDialog
      title="Copy as code"
      description={`The token request as the form describes it. The client id and secret are read from the environment variables ${CLIENT_ID_VARIABLE} and ${CLIENT_SECRET_VARIABLE}; nothing secret is written into the code.`}
      onClose={onClose}
      className="dialog-xl"
      closeLabel="Close"
    >
      {!plan.ok && (
        <p className="field-message field-message-error" role="alert">
          {plan.message}
        </p>
      )}
      {plan.ok &&
        plan.notes.map((note) => (
          <p key={note} className="field-message field-message-hint">
            {note}
          </p>
        ))}
      {plan.ok && (
        <GeneratedSnippets
          snippets={status === 'ready' ? snippets : undefined}
          error={status === 'failed' ? error?.message : undefined}
        />
      )}
    </ModalDialog>
  );
}
