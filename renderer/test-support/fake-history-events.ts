import type { HistoryChange } from '../../shared/domain/history';
import type { Channel, ResponseOf } from '../../shared/ipc/contract';
import { summaryOf } from './fake-history';

/**
 * What main pushes as `history:changed` after a successful call, so the fake api behaves like main: a token attempt
 * (a request, or the extra one that settles the Basic encoding) is added; a delete or clear says what left.
 */
export function historyChangeAfter(channel: Channel, request: unknown, value: unknown): HistoryChange | undefined {
  switch (channel) {
    case 'token:request': {
      const { clientId } = request as { clientId: string };
      return { added: summaryOf(value as ResponseOf<'token:request'>, { clientId }), removedIds: [] };
    }
    case 'token:settle-encoding':
      return { added: summaryOf((value as ResponseOf<'token:settle-encoding'>).retry), removedIds: [] };
    case 'history:delete':
      return { removedIds: [(request as { id: string }).id] };
    case 'history:clear':
      return { removedIds: [], cleared: true };
    default:
      return undefined;
  }
}
