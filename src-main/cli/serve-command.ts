import type { Studio } from '../api/studio';
import { startServer } from '../server/http-server';

/** `neurona serve`: browser mode on 127.0.0.1; prints the URL with its token and runs until interrupted. */
export async function runServe(studio: Studio, options: { port: number; rendererDir: string }): Promise<void> {
  const server = await startServer({ router: studio.router, events: studio.events, rendererDir: options.rendererDir, port: options.port });
  process.stdout.write(`Neurona Studio running at ${server.url}\n`);
  process.stdout.write(`Data folder: ${studio.context.host.dataDir}\n`);
  await new Promise<void>((resolve) => {
    const shutdown = (): void => {
      process.off('SIGINT', shutdown);
      process.off('SIGTERM', shutdown);
      resolve();
    };
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
  });
  await server.close();
}
