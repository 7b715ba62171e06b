export interface AppInfo {
  version: string;
  /** 'electron' in the app, 'preview' in the browser preview. */
  shell: 'electron' | 'preview';
  platform: string;
}
