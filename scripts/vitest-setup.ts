// Vitest setup for every test file. In DOM tests (happy-dom), Testing Library's waitFor/findBy give up after 1 s by
// default; rendering the whole console on two busy cores can take longer than that, so a condition that does come
// true was reported as a failure. 5 s is what one step needs there; a condition that never comes true still fails.
export {};
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/dom');
  configure({ asyncUtilTimeout: 5_000 });
}
