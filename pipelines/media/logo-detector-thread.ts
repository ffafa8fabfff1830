// The logo detector's worker thread (started by logo-detector-worker.ts): builds the templates from the
// reference logos it is given once, then answers one image per message. Detection is seconds of
// pure CPU per image; here it never holds the event loop of the services beside it.
import { parentPort, workerData } from 'node:worker_threads';
import { createLogoDetector, type LogoDetectorOptions } from './logo-detector.ts';
import type { DecodedImage, LogoMatch } from './media-types.ts';
import type { ReferenceLogo } from './reference-logos.ts';

export interface ThreadData { refs: ReferenceLogo[]; options: LogoDetectorOptions }
export interface ThreadRequest { id: number; image: DecodedImage }
export type ThreadReply = { ready: true } | { id: number; matches: LogoMatch[] } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error('logo-detector-thread.ts runs only as a worker thread');
const { refs, options } = workerData as ThreadData;
const detect = createLogoDetector(refs, options);
const reply = (r: ThreadReply): void => port.postMessage(r);
port.on('message', (req: ThreadRequest) => {
  try {
    reply({ id: req.id, matches: detect(req.image) });
  } catch (err) {
    reply({ id: req.id, error: err instanceof Error ? err.message : String(err) });
  }
});
reply({ ready: true });
