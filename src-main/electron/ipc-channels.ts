// IPC channel names shared by main and the preload. The renderer never sees them.
export const INVOKE_CHANNEL = 'studio:invoke';
export const EVENT_CHANNEL = 'studio:event';
export const MENU_CHANNEL = 'studio:menu';
export const SHELL_CHANNEL = 'studio:shell';
