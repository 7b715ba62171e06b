import type { PreviousSuccess } from './types';

/** The shape of a history summary this needs (HistorySummary fits it); kept structural so diagnosis does not depend on history. */
export interface AttemptSummaryLike {
  environment: { id: string; label: string };
  clientId?: string;
  outcome: string;
}

/** Which client ids got a token where: the input the invalid_client rules compare against. */
export function previousSuccessesFrom(summaries: readonly AttemptSummaryLike[]): PreviousSuccess[] {
  const seen = new Set<string>();
  const found: PreviousSuccess[] = [];
  for (const summary of summaries) {
    if (summary.outcome !== 'token' || summary.clientId === undefined) continue;
    const key = `${summary.environment.id}\u0000${summary.clientId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({
      environmentId: summary.environment.id,
      environmentLabel: summary.environment.label,
      clientId: summary.clientId,
    });
  }
  return found;
}
