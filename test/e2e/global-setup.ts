import { build } from 'vite';

/** Builds the web app into dist/web once before the end-to-end journeys run against it. */
export async function setup(): Promise<void> {
  await build({
    configFile: new URL('../../vite.config.ts', import.meta.url).pathname,
    logLevel: 'warn',
  });
}
