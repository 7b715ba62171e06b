import { useEffect, useEffectEvent } from 'react';
import { useStore } from 'zustand';
import type { PresentationStore } from './use-presentation-store';
import './presentation.css';

const PRESENTATION_CLASS = 'presentation-mode';
const TITLE_SUFFIX = ' — Presentation mode';

/** Ctrl+Shift+P (⌘⇧P on a Mac) toggles presentation mode, wherever the focus is. */
function isPresentationShortcut(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): boolean {
  return event.key.toLowerCase() === 'p' && event.shiftKey && (event.ctrlKey || event.metaKey) && !event.altKey;
}

function baseTitle(title: string): string {
  return title.endsWith(TITLE_SUFFIX) ? title.slice(0, -TITLE_SUFFIX.length) : title;
}

/** The root class (larger type) and the title, which the Electron window title follows. */
function applyToDocument(doc: Document, on: boolean): void {
  doc.documentElement.classList.toggle(PRESENTATION_CLASS, on);
  const base = baseTitle(doc.title);
  doc.title = on ? `${base}${TITLE_SUFFIX}` : base;
}

/**
 * What presentation mode changes outside React's tree: the root class that enlarges type, the document title
 * (which the Electron window title follows) and the global shortcut.
 */
export function usePresentationChrome(store: PresentationStore, doc: Document = document): void {
  const on = useStore(store, (s) => s.presentationMode);

  useEffect(() => applyToDocument(doc, on), [on, doc]);

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (!isPresentationShortcut(event) || event.repeat) return;
    event.preventDefault();
    void store.getState().togglePresentationMode();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    doc.addEventListener('keydown', listener);
    return () => doc.removeEventListener('keydown', listener);
  }, [doc]);
}
