import { useId } from 'react';
import type { ConsistencyCheck } from '../../../shared/domain/claims';
import type { TokenView } from '../../../shared/domain/token-view';
import { CodeBlock } from '../../components/code-block';
import { ClaimsTable } from './claims-table';
import { ConsistencyList } from './consistency-list';
import type { VerificationEntry } from './use-verification-store';
import { VerificationView } from './verification-view';

interface TokenDetailsProps {
  view: TokenView;
  checks: ConsistencyCheck[];
  verification?: VerificationEntry;
  onVerify?: () => void;
  clockSkewMs?: number;
  /** The token itself (header.payload) is shown elsewhere on this screen (the response body): not again here. */
  tokenShownElsewhere?: boolean;
}

/**
 * A decoded token, explained: signature check, consistency checks, header and claims with their meanings, and then
 * the token itself (signature hidden) unless the screen shows it elsewhere.
 */
export function TokenDetails({
  view,
  checks,
  verification,
  onVerify,
  clockSkewMs,
  tokenShownElsewhere = false,
}: TokenDetailsProps) {
  const id = useId();
  return (
    <div className="token-details">
      <VerificationView entry={verification} onVerify={onVerify} headingId={`${id}-signature`} />
      <ConsistencyList checks={checks} headingId={`${id}-checks`} />
      <div className="claims-grid">
        <ClaimsTable caption="Header" part="header" entries={view.header} />
        <ClaimsTable caption="Claims" part="claims" entries={view.claims} clockSkewMs={clockSkewMs} />
      </div>
      {/* Last: what it says comes first; the long encoded form is there to copy or compare. */}
      {!tokenShownElsewhere && <CodeBlock label="Token (signature hidden)" text={view.redacted} />}
    </div>
  );
}
