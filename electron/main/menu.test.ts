import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuOptions } from './menu.ts';

function options(platform: NodeJS.Platform, isDevelopment = false): MenuOptions {
  return {
    platform,
    isDevelopment,
    appName: 'Fathom',
    recent: [{ path: '/p/a.fathom.json', name: 'a.fathom.json', openedAt: '2026-01-01' }],
    actions: {
      send: vi.fn(),
      openRecent: vi.fn(),
      clearRecent: vi.fn(),
      toggleTheme: vi.fn(),
      showAbout: vi.fn(),
      openDocumentation: vi.fn(),
    },
  };
}

const submenu = (item: MenuItemConstructorOptions | undefined) =>
  (item?.submenu ?? []) as MenuItemConstructorOptions[];
const find = (items: MenuItemConstructorOptions[], label: string) =>
  items.find((i) => i.label?.replace('&', '') === label);
const labels = (items: MenuItemConstructorOptions[]) =>
  items.filter((i) => i.type !== 'separator').map((i) => i.label ?? i.role);
const click = (item: MenuItemConstructorOptions | undefined) =>
  (item?.click as unknown as () => void)();

describe('application menu', () => {
  it('has File, Edit, View and Help on Windows and Linux', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const menu = buildMenuTemplate(options(platform));
      expect(menu.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
      expect(labels(submenu(menu[0]))).toEqual([
        'New from Template…',
        'Open…',
        'Open Recent',
        'Save',
        'Save As…',
        'Import Tasks from CSV…',
        'Export PDF…',
        'Export CSV…',
        'Close',
        'Quit',
      ]);
      expect(labels(submenu(menu[1]))).toEqual([
        'Undo',
        'Redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
      ]);
      expect(labels(submenu(menu[3]))).toEqual(['Documentation', 'About Fathom']);
    }
  });

  it('uses the standard shortcuts', () => {
    const file = submenu(buildMenuTemplate(options('win32'))[0]);
    const accelerators = Object.fromEntries(file.map((i) => [i.label, i.accelerator]));
    expect(accelerators).toMatchObject({
      'New from Template…': 'CmdOrCtrl+N',
      'Open…': 'CmdOrCtrl+O',
      Save: 'CmdOrCtrl+S',
      'Save As…': 'Shift+CmdOrCtrl+S',
      Close: 'CmdOrCtrl+W',
    });
    const edit = submenu(buildMenuTemplate(options('win32'))[1]);
    expect(find(edit, 'Undo')?.accelerator).toBe('CmdOrCtrl+Z');
    expect(find(edit, 'Redo')?.accelerator).toBe('Ctrl+Y');
    const macEdit = submenu(buildMenuTemplate(options('darwin'))[2]);
    expect(find(macEdit, 'Redo')?.accelerator).toBe('Shift+Cmd+Z');
  });

  it('puts About and Quit in the app menu on macOS, and adds the Window menu', () => {
    const menu = buildMenuTemplate(options('darwin'));
    expect(menu.map((m) => m.label ?? m.role)).toEqual([
      'Fathom',
      '&File',
      '&Edit',
      '&View',
      'windowMenu',
      '&Help',
    ]);
    expect(labels(submenu(menu[0]))).toContain('About Fathom');
    expect(labels(submenu(menu[1]))).not.toContain('Quit');
  });

  it('offers developer tools only in development builds', () => {
    const roles = (dev: boolean) =>
      submenu(buildMenuTemplate(options('linux', dev))[2]).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut']));
  });

  it('sends commands to the renderer and runs the app’s own actions', () => {
    const o = options('linux');
    const [file, edit, view, help] = buildMenuTemplate(o);
    for (const [label, command] of [
      ['New from Template…', 'new-from-template'],
      ['Open…', 'open'],
      ['Save', 'save'],
      ['Save As…', 'save-as'],
      ['Import Tasks from CSV…', 'import-tasks-csv'],
      ['Export PDF…', 'export-pdf'],
      ['Export CSV…', 'export-csv'],
    ] as const) {
      click(find(submenu(file), label));
      expect(o.actions.send).toHaveBeenLastCalledWith(command);
    }
    click(find(submenu(edit), 'Undo'));
    expect(o.actions.send).toHaveBeenLastCalledWith('undo');
    click(find(submenu(view), 'Toggle Theme'));
    expect(o.actions.toggleTheme).toHaveBeenCalled();
    click(find(submenu(help), 'Documentation'));
    expect(o.actions.openDocumentation).toHaveBeenCalled();
    const recent = submenu(find(submenu(file), 'Open Recent'));
    click(recent[0]);
    expect(o.actions.openRecent).toHaveBeenCalledWith('/p/a.fathom.json');
    click(find(recent, 'Clear Recent'));
    expect(o.actions.clearRecent).toHaveBeenCalled();
  });

  it('shows a disabled placeholder when there are no recent files', () => {
    const menu = buildMenuTemplate({ ...options('linux'), recent: [] });
    const recent = submenu(find(submenu(menu[0]), 'Open Recent'));
    expect(recent).toEqual([{ label: 'No recent plans', enabled: false }]);
  });
});
