import { useLayoutEffect, useRef } from 'react';

/**
 * For fields that may hold a secret. React mirrors a controlled input's value into its `value` attribute (and a
 * textarea's into its text), so a typed secret would show up in the page's HTML, in DOM snapshots and in
 * `page.content()`. Instead the field is left uncontrolled and its `.value` property is set from state here:
 * same behaviour for the user, nothing in the markup.
 */
export function useUnmirroredValue<T extends HTMLInputElement | HTMLTextAreaElement>(value: string) {
  const ref = useRef<T>(null);
  // After every render, not only when the value changes: the element itself may be new (a remount by key).
  useLayoutEffect(() => {
    if (ref.current && ref.current.value !== value) ref.current.value = value;
  });
  return ref;
}
