import { describe, expect, it } from 'vitest';
import { createFakeApi } from '../../test-support/fake-api';
import { createHistoryStore } from './use-history-store';

const summary = (id: string) => ({
  id,
  at: '2026-12-02T10:00:00.000Z',
  environment: { id: 'local' as const, label: 'Local sandbox', production: false },
  outcome: 'token' as const,
  durationMs: 4,
});

describe('history:changed', () => {
  it('keeps the History list current without reading it again', async () => {
    const fake = createFakeApi({ 'history:list': () => ({ ok: true, value: [summary('b'), summary('a')] }) });
    const store = createHistoryStore(fake);
    await store.getState().load();
    fake.emit('history:changed', { added: summary('c'), removedIds: ['a'] });
    expect(store.getState().entries.map((entry) => entry.id)).toEqual(['c', 'b']);
    fake.emit('history:changed', { removedIds: [], cleared: true });
    expect(store.getState().entries).toEqual([]);
    expect(fake.callsTo('history:list')).toHaveLength(1);
  });
});
