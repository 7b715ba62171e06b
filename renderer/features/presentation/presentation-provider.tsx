import { useCallback, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import { maskText, maskValue } from '../../../shared/domain/mask';
import type { KnownValue } from '../../../shared/domain/mask';
import { PresentationContext } from '../../lib/presentation';
import type { Presentation } from '../../lib/presentation';
import type { PresentationStore } from './use-presentation-store';

const NOTHING: readonly KnownValue[] = [];

export function PresentationProvider({ store, children }: { store: PresentationStore; children: ReactNode }) {
  const on = useStore(store, (s) => s.presentationMode);
  // Panels re-render for newly learned values only while masking uses them.
  const known = useStore(store, (s) => (s.presentationMode ? s.known : NOTHING));
  const [message, setMessage] = useState('');
  // Stable across mode changes: effects that remember values must not re-run because masking changed.
  const remember = useCallback<Presentation['remember']>(
    (values, source) => store.getState().remember(values, source),
    [store],
  );
  const maskLatest = useCallback(
    (text: string) => {
      const { presentationMode, known: current } = store.getState();
      return presentationMode ? maskText(text, current) : text;
    },
    [store],
  );
  const value = useMemo<Presentation>(
    () => ({
      on,
      mask: (kind, text) => (on ? maskValue(kind, text) : text),
      maskText: (text, extra = NOTHING) =>
        on ? maskText(text, extra.length > 0 ? [...known, ...extra] : known) : text,
      remember,
      maskLatest,
      announce: setMessage,
    }),
    [on, known, remember, maskLatest],
  );
  return (
    <PresentationContext.Provider value={value}>
      {children}
      <p className="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
    </PresentationContext.Provider>
  );
}
