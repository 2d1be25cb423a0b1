import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentDocument } from '../contract.ts';

export type MenuActions = {
  /** Sends a command to the focused window's renderer. */
  send(command: MenuCommand): void;
  openRecent(path: string): void;
  clearRecent(): void;
  toggleTheme(): void;
  showAbout(): void;
  openDocumentation(): void;
};

export type MenuOptions = {
  platform: NodeJS.Platform;
  /** Developer tools are offered in development builds only. */
  isDevelopment: boolean;
  appName: string;
  recent: readonly RecentDocument[];
  actions: MenuActions;
};

/**
 * The application menu: File, Edit, View, Help (and the app and Window menus on macOS), with the
 * platform's standard accelerators. Undo and Redo go to the renderer, which undoes a text edit in
 * a focused field or else the last document edit.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { actions, platform } = options;
  const mac = platform === 'darwin';
  const command = (label: string, cmd: MenuCommand, accelerator?: string) => ({
    label,
    click: () => actions.send(cmd),
    ...(accelerator ? { accelerator } : {}),
  });

  const recentItems: MenuItemConstructorOptions[] = options.recent.length
    ? [
        ...options.recent.map((r) => ({
          label: r.name,
          toolTip: r.path,
          click: () => actions.openRecent(r.path),
        })),
        { type: 'separator' as const },
        { label: 'Clear Recent', click: () => actions.clearRecent() },
      ]
    : [{ label: 'No recent plans', enabled: false }];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('New from Template…', 'new-from-template', 'CmdOrCtrl+N'),
      command('Open…', 'open', 'CmdOrCtrl+O'),
      { label: 'Open Recent', submenu: recentItems },
      { type: 'separator' },
      command('Save', 'save', 'CmdOrCtrl+S'),
      command('Save As…', 'save-as', 'Shift+CmdOrCtrl+S'),
      { type: 'separator' },
      command('Import Tasks from CSV…', 'import-tasks-csv'),
      { type: 'separator' },
      command('Export PDF…', 'export-pdf', 'CmdOrCtrl+P'),
      command('Export CSV…', 'export-csv', 'Shift+CmdOrCtrl+E'),
      { type: 'separator' },
      { label: 'Close', role: 'close', accelerator: 'CmdOrCtrl+W' },
      ...(mac
        ? []
        : [
            { type: 'separator' as const },
            { label: 'Quit', role: 'quit' as const, accelerator: 'Ctrl+Q' },
          ]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      command('Undo', 'undo', 'CmdOrCtrl+Z'),
      command('Redo', 'redo', mac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      {
        label: 'Toggle Theme',
        accelerator: 'Shift+CmdOrCtrl+T',
        click: () => actions.toggleTheme(),
      },
      { role: 'togglefullscreen' },
      ...(options.isDevelopment
        ? [
            { type: 'separator' as const },
            { role: 'reload' as const },
            { role: 'toggleDevTools' as const },
          ]
        : []),
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [
      { label: 'Documentation', click: () => actions.openDocumentation() },
      ...(mac ? [] : [{ label: `About ${options.appName}`, click: () => actions.showAbout() }]),
    ],
  };

  if (!mac) return [file, edit, view, help];
  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { label: `About ${options.appName}`, click: () => actions.showAbout() },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  return [appMenu, file, edit, view, { role: 'windowMenu' }, help];
}
