import { app, BrowserWindow, dialog, Menu } from 'electron';
import { aboutText, buildMenuTemplate } from './menu-template';
import { openExternalLink } from './security';

function showAbout(): void {
  const text = aboutText(
    {
      app: app.getVersion(),
      electron: process.versions.electron,
      chrome: process.versions.chrome,
      node: process.versions.node,
      v8: process.versions.v8,
    },
    `${process.platform} ${process.arch}`,
  );
  const options = {
    type: 'info' as const,
    title: `About ${app.name}`,
    message: app.name,
    detail: text,
    buttons: ['OK'],
  };
  const window = BrowserWindow.getFocusedWindow();
  void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

export function installMenu(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate(process.platform, app.name, { showAbout, openLink: openExternalLink })),
  );
}
