/**
 * Every environment variable the project reads, in one place, with its default and what it does
 * (the README's table lists the same ones; a test holds the two together), and the only code that
 * reads `process.env`: other modules ask for a setting by name.
 */

interface Setting {
  /** The value when the variable is not set; absent when the default is worked out (SOURCE_DATE_EPOCH). */
  default?: string;
  what: string;
}

export const SETTINGS = {
  DATA_DIR: { default: 'data', what: 'The data folder every command reads and validates.' },
  OUT_DIR: { default: 'dist', what: 'Where a build writes the site.' },
  SITE_URL: {
    default: 'https://lawsuits2020.example.org',
    what: 'The public address of the site, used in canonical links, embed codes, feeds, citations and oEmbed.',
  },
  SOURCE_DATE_EPOCH: {
    what: "The build's own day, in seconds since 1970; without it, the time of the last commit, so a commit always builds the same files.",
  },
  ALLOW_STALE_PROSE: {
    default: '',
    what: 'Set to 1 to publish story passages whose stated facts the data no longer supports, as --allow-stale-prose does.',
  },
  ASTRO_LOG_LEVEL: { default: 'warn', what: "Set to debug to see Astro's whole build log." },
  CHROMIUM_PATH: { default: '/usr/bin/chromium', what: 'The Chromium that the browser tests, screenshots and Lighthouse drive.' },
  HOST: { default: '127.0.0.1', what: 'The address npm start and npm run serve listen on.' },
  PORT: { default: '4321', what: 'The port npm start and npm run serve listen on.' },
  SYNTHETIC_CASES: { default: '1000', what: 'How many cases npm run generate:synthetic writes (or --cases).' },
  SYNTHETIC_SEED: { what: 'The seed of the generated data, so the same seed writes the same files (or --seed).' },
  SYNTHETIC_OUT: { what: 'Where npm run generate:synthetic writes (or --out); by default .build/synthetic-<cases>.' },
} satisfies Record<string, Setting>;

export type SettingName = keyof typeof SETTINGS;

/** A setting's value: the variable when it is set and not empty, else its default. */
export function setting(name: SettingName, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = env[name];
  return value === undefined || value === '' ? (SETTINGS[name] as Setting).default : value;
}

/** Sets a setting for this process and the processes it starts (a flag that stands for a variable). */
export function setSetting(name: SettingName | 'ASTRO_TELEMETRY_DISABLED', value: string): void {
  process.env[name] = value;
}

/** The environment for a child process: this one's, with some settings changed. */
export function childEnvironment(changes: Partial<Record<SettingName | 'ASTRO_TELEMETRY_DISABLED', string>> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...changes };
}
