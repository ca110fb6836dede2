import type { Studio } from '../api/studio';
import { startServer } from '../server/http-server';

/** `neurona serve`: browser mode on 127.0.0.1; prints the URL with its token and runs until interrupted. */
export async function runServe(studio: Studio, options: { port: number; rendererDir: string; token?: string }): Promise<void> {
  // Listen for the signals before the URL is printed: whoever reads the URL may stop us at once.
  let shutdown!: () => void;
  const interrupted = new Promise<void>((resolve) => {
    shutdown = () => {
      process.off('SIGINT', shutdown);
      process.off('SIGTERM', shutdown);
      resolve();
    };
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
  });
  const server = await startServer({ router: studio.router, events: studio.events, rendererDir: options.rendererDir, port: options.port, token: options.token });
  process.stdout.write(`Neurona Studio running at ${server.url}\n`);
  process.stdout.write(`Data folder: ${studio.context.host.dataDir}\n`);
  await interrupted;
  await server.close();
}
