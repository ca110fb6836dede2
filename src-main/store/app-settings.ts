import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SettingsSchema, type Settings, type SettingsPatch } from '../../src-shared/contract/app';
import { writeFileAtomic } from './atomic-file';

/** App-level settings (language) in <dataDir>/settings.json; a damaged file falls back to defaults. */
export class AppSettings {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, 'settings.json');
  }

  get(): Settings {
    if (!existsSync(this.file)) return SettingsSchema.parse({});
    try {
      const parsed = SettingsSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data : SettingsSchema.parse({});
    } catch {
      return SettingsSchema.parse({});
    }
  }

  /** Changes the fields the patch gives and keeps every other one. */
  set(patch: SettingsPatch): Settings {
    const given = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    const next = SettingsSchema.parse({ ...this.get(), ...given });
    writeFileAtomic(this.file, JSON.stringify(next, null, 2));
    return next;
  }
}
