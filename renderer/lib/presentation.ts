import { createContext, useContext, useLayoutEffect } from 'react';
import type { KnownValue, MaskKind } from '../../shared/domain/mask';

/** What panels need of presentation mode: whether it is on, and masks that do nothing while it is off. */
export interface Presentation {
  on: boolean;
  mask(kind: MaskKind, value: string): string;
  /** Masks known values (remembered and `extra`) and every token, VAT, fingerprint and credential field by shape. */
  maskText(text: string, extra?: readonly KnownValue[]): string;
  /** Values shown somewhere, to be masked in free text elsewhere too (secrets are ignored); see the store. */
  remember(values: readonly KnownValue[], source?: string): void;
  /**
   * maskText as things are when it is called, not when the component last rendered: for text that goes to the
   * clipboard or a file after an IPC round trip (exports, support text).
   */
  maskLatest(text: string): string;
  /** Said politely by screen readers (e.g. "Client ID shown for 5 seconds"). */
  announce(message: string): void;
}

/** Outside a provider (a panel rendered alone in a test) presentation mode is simply off. */
const OFF: Presentation = {
  on: false,
  mask: (_kind, value) => value,
  maskText: (text) => text,
  remember: () => undefined,
  maskLatest: (text) => text,
  announce: () => undefined,
};

/** Provided by features/presentation's PresentationProvider; components and features read it with usePresentation. */
export const PresentationContext = createContext<Presentation>(OFF);

export function usePresentation(): Presentation {
  return useContext(PresentationContext);
}

/**
 * Remembers what a live source (a form) holds now — client ids, VATs — before the browser paints, so free text
 * elsewhere is masked on its first frame too. A new value replaces the source's previous one.
 */
export function useRememberSensitive(source: string, values: readonly KnownValue[]): void {
  const { remember } = usePresentation();
  const key = JSON.stringify(values.map(({ kind, value }) => [kind, value]));
  useLayoutEffect(() => {
    const entries = JSON.parse(key) as [MaskKind, string][];
    remember(
      entries.map(([kind, value]) => ({ kind, value })),
      source,
    );
  }, [key, remember, source]);
  // Gone with the component: a closed form's values are no longer current.
  useLayoutEffect(() => () => remember([], source), [remember, source]);
}
