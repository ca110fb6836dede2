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
    expect(items(template, 0).map((i) => i.label ?? i.type)).toEqual(['New project', 'Open project…', 'separator', 'Quit']);
  });

  it('is in Spanish for a Spanish locale', () => {
    const { template } = build({ locale: 'es-ES' });
    expect(template.map((m) => m.label)).toEqual(['Archivo', 'Edición', 'Ver', 'Ayuda']);
    expect(items(template, 0).map((i) => i.label ?? i.type)).toEqual(['Nuevo proyecto', 'Abrir proyecto…', 'separator', 'Salir']);
  });

  it('sends New project and Open project to the renderer, and Quit quits', () => {
    const { template, onCommand } = build();
    const file = items(template, 0);
    click(file[0]);
    click(file[1]);
    expect(onCommand.mock.calls).toEqual([['project.new'], ['project.open']]);
    expect(file[3]!.role).toBe('quit');
  });

  it('offers reload and developer tools only in dev', () => {
    const roles = (isDev: boolean) => items(build({ isDev }).template, 2).map((i) => i.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('opens About from Help', () => {
    const { template, onAbout } = build();
    click(items(template, 3)[0]);
    expect(onAbout).toHaveBeenCalled();
  });

  it('starts with the app menu on macOS', () => {
    expect(build({ platform: 'darwin' }).template[0]).toEqual({ role: 'appMenu' });
  });
});
