/** Where the app's help points: the Help menu and the welcome dialog. Only https: main opens those in the browser. */
export const HELP_LINKS = [
  { label: 'MobilePay developer repositories (PoS V10 docs, archived)', url: 'https://github.com/MobilePayDev' },
  {
    label: 'OAuth 2.0 client authentication (RFC 6749 §2.3.1)',
    url: 'https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1',
  },
  { label: 'Electron safeStorage on Linux', url: 'https://www.electronjs.org/docs/latest/api/safe-storage' },
] as const;
