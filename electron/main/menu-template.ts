import type { MenuItemConstructorOptions } from 'electron';
import { HELP_LINKS } from '../../shared/domain/help-links';

export interface MenuActions {
  showAbout(): void;
  openLink(url: string): void;
}

export { HELP_LINKS };

/** The application menu with the platform's usual roles; About and help links go through the given actions. */
export function buildMenuTemplate(
  platform: string,
  appName: string,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: `About ${appName}`, click: () => actions.showAbout() };
  return [
    ...(mac
      ? [
          {
            label: appName,
            submenu: [
              about,
              { type: 'separator' },
              { role: 'services' },
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit' },
            ],
          } as MenuItemConstructorOptions,
        ]
      : []),
    { label: 'File', submenu: [mac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        ...HELP_LINKS.map(({ label, url }) => ({ label, click: () => actions.openLink(url) })),
        ...(mac ? [] : [{ type: 'separator' } as MenuItemConstructorOptions, about]),
      ],
    },
  ];
}

/** What the About dialog says: enough for a support ticket. */
export function aboutText(
  versions: { app: string; electron: string; chrome: string; node: string; v8: string },
  platform: string,
): string {
  return [
    `Version ${versions.app}`,
    `Electron ${versions.electron} · Chromium ${versions.chrome} · Node ${versions.node} · V8 ${versions.v8}`,
    `Platform ${platform}`,
    'A developer console for MobilePay PoS V10 Integrator Authentication, with an embedded local sandbox.',
  ].join('\n');
}
