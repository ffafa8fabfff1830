// The logo detector run in a worker thread, so that the media stage awaits it instead of blocking the
// event loop it shares with enrich, cases and index in `rsmon run` (decision 0030: images must not
// hold text enrichment back). One thread: more throughput comes from more media service processes.
// A thread that dies fails the images in hand (recorded skips) and is started again for the next one.
import { Worker } from 'node:worker_threads';
import type { LogoDetectorOptions } from './logo-detector.ts';
import type { ThreadData, ThreadReply, ThreadRequest } from './logo-detector-thread.ts';
import type { DecodedImage, LogoMatch } from './media-types.ts';
import type { ReferenceLogo } from './reference-logos.ts';

export interface LogoDetectorWorker {
  detect(image: DecodedImage): Promise<LogoMatch[]>;
  close(): Promise<void>;
}

// The thread runs TypeScript: it registers the project's TypeScript load hook itself (rsmon registers it in
// code, not by a flag the thread would inherit; decision 0058), then loads its module.
const REGISTER_TS = new URL('../../bin/register-ts.js', import.meta.url).href;
const THREAD = new URL('./logo-detector-thread.ts', import.meta.url).href;
const BOOT = `import(${JSON.stringify(REGISTER_TS)}).then(() => import(${JSON.stringify(THREAD)}))`;

interface Pending { resolve(m: LogoMatch[]): void; reject(e: Error): void }

export async function startLogoDetectorWorker(refs: readonly ReferenceLogo[], options: LogoDetectorOptions = {}): Promise<LogoDetectorWorker> {
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let closed = false;
  let current: Promise<Worker> | null = null;

  const spawn = (): Promise<Worker> => new Promise((resolve, reject) => {
    const data: ThreadData = { refs: [...refs], options };
    const worker = new Worker(BOOT, { eval: true, workerData: data });
    worker.unref();
    let ready = false;
    const fail = (err: Error): void => {
      current = null;
      if (!ready) reject(err);
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    };
    worker.on('message', (r: ThreadReply) => {
      if ('ready' in r) {
        ready = true;
        resolve(worker);
        return;
      }
      const p = pending.get(r.id);
      if (!p) return;
      pending.delete(r.id);
      // Only a thread with work in hand keeps the process alive.
      if (pending.size === 0) worker.unref();
      if ('error' in r) p.reject(new Error(r.error));
      else p.resolve(r.matches);
    });
    worker.on('error', (err) => fail(new Error(`logo detector thread failed: ${err.message}`, { cause: err })));
    worker.on('exit', (code) => { if (!closed) fail(new Error(`logo detector thread exited (code ${code})`)); });
  });

  const thread = (): Promise<Worker> => (current ??= spawn());
  // Started now, so that a reference logo the detector cannot use stops the stage at start.
  await thread();
  return {
    async detect(image: DecodedImage): Promise<LogoMatch[]> {
      if (closed) throw new Error('logo detector worker is closed');
      const worker = await thread();
      const id = nextId++;
      const done = new Promise<LogoMatch[]>((resolve, reject) => pending.set(id, { resolve, reject }));
      worker.ref();
      const req: ThreadRequest = { id, image };
      worker.postMessage(req);
      return done;
    },
    async close(): Promise<void> {
      closed = true;
      const w = current;
      current = null;
      if (w) await (await w).terminate();
      for (const p of pending.values()) p.reject(new Error('logo detector worker closed'));
      pending.clear();
    },
  };
}
