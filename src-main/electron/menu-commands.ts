import type { MenuCommand } from '../../src-shared/contract/studio-bridge';

/** What the application menu asks the renderer to do; the preload passes on only these. */
export const MENU_COMMANDS: readonly MenuCommand[] = ['project.new', 'project.open', 'project.import', 'project.export'];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
