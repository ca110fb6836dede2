import * as tf from '@tensorflow/tfjs';
import { toErrorPayload } from '../../../src-shared/errors';
import { buildModel } from '../model/build-model';
import { RunControl } from '../engine/run-control';
import { connectToParent } from './parent-port';
import { runWorkerJob } from './run-job';

// The worker process (built to out/main/worker.js): waits for one `start`, runs that job, exits.
// Started by main with child_process.fork or Electron's utilityProcess; tfjs lives only here.

const port = connectToParent();
if (!port) {
  process.stderr.write('The Neurona worker must be started by the app (no IPC channel to a parent process)\n');
  process.exit(2);
}

// tfjs' console chatter (the "install tfjs-node" banner, backend init warnings) would only reach
// main's stderr; failures are reported through messages instead.
tf.enableProdMode();

const control = new RunControl();
let started = false;

async function finish(code: number): Promise<never> {
  await port!.flush();
  process.exit(code);
}

port.onMessage((message) => {
  switch (message.type) {
    case 'start':
      if (started) return;
      started = true;
      void runWorkerJob(message.job, { send: port.send, control, buildModel }).then(() => finish(0));
      return;
    case 'stop':
      control.stop();
      return;
    case 'pause':
      control.pause();
      return;
    case 'resume':
      control.resume();
      return;
  }
});

// A forked worker whose parent is gone has no one to report to.
process.on('disconnect', () => process.exit(1));

process.on('uncaughtException', (err) => {
  port.send({ type: 'failed', error: toErrorPayload(err) });
  void finish(1);
});
process.on('unhandledRejection', (reason) => {
  port.send({ type: 'failed', error: toErrorPayload(reason) });
  void finish(1);
});
