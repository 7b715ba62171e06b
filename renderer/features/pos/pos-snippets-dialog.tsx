import { useEffect, useState } from 'react';
import type { CodeSnippet } from '../../../shared/ipc/contract';
import { ModalDialog } from '../../components/modal-dialog';
import { GeneratedSnippets } from '../../components/snippet-tabs';
import { useApi } from '../../lib/api-context';
import { safeInvoker } from '../../lib/safe-invoke';

const ACCESS_TOKEN_VARIABLE = 'MOBILEPAY_ACCESS_TOKEN';

/** This PoS call as curl, PowerShell, C#, Python and Node: the same URL and headers, the token from an env var. */
export function PosSnippetsDialog({ posAttemptId, onClose }: { posAttemptId: string; onClose: () => void }) {
  const api = useApi();
  const [snippets, setSnippets] = useState<CodeSnippet[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    void safeInvoker(api)('pos:snippets', { posAttemptId }).then((result) =>
      result.ok ? setSnippets(result.value) : setError(result.error.message),
    );
  }, [api, posAttemptId]);
  return (
    <ModalDialog
      title="Copy this PoS call as code"
      description={`The call as it was sent, headers included. The access token is read from the environment variable ${ACCESS_TOKEN_VARIABLE}; nothing secret is written into the code.`}
      onClose={onClose}
      className="dialog-xl"
      closeLabel="Close"
    >
      <GeneratedSnippets snippets={snippets} error={error} />
    </ModalDialog>
  );
}
