import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, menuLanguage } from './menu';

function build(overrides: Partial<Parameters<typeof buildMenuTemplate>[0]> = {}) {
  const onCommand = vi.fn();
  const onAbout = vi.fn();
  const template = buildMenuTemplate({ locale: 'en-US', isDev: false, platform: 'linux', onCommand, onAbout, ...overrides });
  return { template, onCommand, onAbout };
}

function items(template: MenuItemConstructorOptions[], index: number): MenuItemConstructorOptions[] {
  return template[index]!.submenu as MenuItemConstructorOptions[];
}

function click(item: MenuItemConstructorOptions | undefined) {
  (item!.click as () => void)();
}

describe('application menu', () => {
  it('picks Spanish for any Spanish locale and English otherwise', () => {
    expect(menuLanguage('es')).toBe('es');
    expect(menuLanguage('es-419')).toBe('es');
    expect(menuLanguage('ES-es')).toBe('es');
    expect(menuLanguage('en-GB')).toBe('en');
    expect(menuLanguage('pt-BR')).toBe('en');
    expect(menuLanguage('estonian-ish')).toBe('en');
  });

  it('has File, Edit, View and Help in English', () => {
    const { template } = build();
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(items(template, 0).map((i) => i.label ?? i.type)).toEqual([
      'New project',
      'Open project…',
      'Open recent',
      'separator',
      'Import project…',
      'Export project…',
      'separator',
      'Quit',
    ]);
  });

  it('is in Spanish for a Spanish locale', () => {
    const { template } = build({ locale: 'es-ES' });
    expect(template.map((m) => m.label)).toEqual(['Archivo', 'Edición', 'Ver', 'Ayuda']);
    expect(items(template, 0).map((i) => i.label ?? i.type)).toEqual([
      'Nuevo proyecto',
      'Abrir proyecto…',
      'Abrir reciente',
      'separator',
      'Importar proyecto…',
      'Exportar proyecto…',
      'separator',
      'Salir',
    ]);
  });

  it('sends the project commands to the renderer, and Quit quits', () => {
    const { template, onCommand } = build();
    const file = items(template, 0);
    for (const i of [0, 1, 4, 5]) click(file[i]);
    expect(onCommand.mock.calls).toEqual([['project.new'], ['project.open'], ['project.import'], ['project.export']]);
    expect(file[7]!.role).toBe('quit');
  });

  it('lists recent projects (at most 10) with their paths, opens and clears them', () => {
    const onOpenRecent = vi.fn();
    const onClearRecent = vi.fn();
    const recent = Array.from({ length: 12 }, (_, i) => ({ path: `/p/P${i}.neurona`, name: `P${i}` }));
    const { template } = build({ recent, onOpenRecent, onClearRecent });
    const list = items(template, 0)[2]!.submenu as MenuItemConstructorOptions[];
    expect(list).toHaveLength(12);
    expect(list[0]).toMatchObject({ label: 'P0', toolTip: '/p/P0.neurona' });
    click(list[3]);
    expect(onOpenRecent).toHaveBeenCalledWith('/p/P3.neurona');
    click(list[11]);
    expect(onClearRecent).toHaveBeenCalled();
  });

  it('says when there are no recent projects', () => {
    const list = items(build({ recent: [] }).template, 0)[2]!.submenu as MenuItemConstructorOptions[];
    expect(list).toEqual([{ label: 'No recent projects', enabled: false }]);
  });

  it('offers reload and developer tools only in dev', () => {
    const roles = (isDev: boolean) => items(build({ isDev }).template, 2).map((i) => i.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('opens documentation links and About from Help', () => {
    const onOpenLink = vi.fn();
    const { template, onAbout } = build({ onOpenLink });
    const help = items(template, 3);
    click(help[0]);
    expect(onOpenLink).toHaveBeenCalledWith('https://www.tensorflow.org/js/guide/save_load');
    click(help.at(-1));
    expect(onAbout).toHaveBeenCalled();
  });

  it('on macOS starts with the app menu, whose About is ours (it names the backend), and Quit moves there', () => {
    const { template, onAbout } = build({ platform: 'darwin' });
    expect(template[0]!.label).toBe('Neurona Studio');
    const appMenu = template[0]!.submenu as MenuItemConstructorOptions[];
    click(appMenu[0]);
    expect(onAbout).toHaveBeenCalled();
    expect(appMenu.at(-1)!.role).toBe('quit');
    expect(items(template, 1).map((i) => i.role)).not.toContain('quit');
  });
});
