import type { ReactNode } from 'react';
import type { Finding } from '../../shared/domain/diagnosis';
import { ExchangeTabs } from './exchange-tabs';
import { FindingsSection } from './findings-section';
import { ResponseSummary } from './response-summary';
import type { SummarizedAttempt } from './response-summary';

interface AttemptResultProps {
  /** A token attempt or a PoS call. */
  attempt: SummarizedAttempt;
  /** Left out for attempts saved before diagnosis existed: then nothing is said rather than "no problems". */
  findings?: readonly Finding[];
  findingsTitle?: string;
  showVat?: boolean;
  /** How the request tab describes what was sent (what replaced the secret or the token). */
  requestNote?: string;
  /** Said after the summary, before the exchange (e.g. a PoS error's code and correlation id). */
  children?: ReactNode;
}

/** One captured exchange as it is read: the status line, what it means (findings), the details, then the raw exchange. */
export function AttemptResult({
  attempt,
  findings,
  findingsTitle,
  showVat,
  requestNote,
  children,
}: AttemptResultProps) {
  return (
    <>
      <ResponseSummary
        attempt={attempt}
        showVat={showVat}
        afterStatus={findings && <FindingsSection findings={findings} title={findingsTitle} />}
      />
      {children}
      <ExchangeTabs exchange={attempt.exchange} requestNote={requestNote} />
    </>
  );
}
