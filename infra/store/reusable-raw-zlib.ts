// Raw deflate and inflate that reuse one zlib stream across documents (decision 0045).
// node:zlib's deflateRawSync/inflateRawSync build a new stream object (a Transform stream, a native
// handle with its window and hash tables, the preset dictionary set again) for every call, then
// close it: on the store's 0.5-4 kB documents that set-up cost more than the compression itself
// (~25 us of ~75 per deflate, ~20 of ~30 per inflate on the test machine). Here one stream per
// engine stays open and is reset after each document, which is what zlib's deflateReset and
// inflateReset are for; Node's reset of a raw stream sets the dictionary again.
//
// This drives the stream's native handle the way node:zlib's own sync path does (processChunkSync:
// `_handle.writeSync` with the `_writeState` pair avail_out/avail_in, more output buffers while the
// last one filled up). Those are internals, so the engine checks they are there and otherwise falls
// back to the *Sync functions, and the tests compare its bytes with deflateRawSync/inflateRawSync.
import { constants, createDeflateRaw, createInflateRaw, deflateRawSync, inflateRawSync, type ZlibOptions } from 'node:zlib';

interface NativeHandle {
  writeSync(flush: number, input: Buffer, inOff: number, inLen: number, out: Buffer, outOff: number, outLen: number): void;
  reset(): void;
  close(): void;
  onerror: (message: string, errno: number) => void;
}

interface Engine {
  handle: NativeHandle;
  /** [avail_out, avail_in] after each writeSync. */
  state: Uint32Array;
}

export interface RawTransform {
  (input: Buffer): Buffer;
  /** False once the engine fell back to the public *Sync functions (the internals were not there). */
  readonly reusesStream: boolean;
}

/** Output buffer per engine; most documents fit in one, a long case state takes a few. */
const OUT_CHUNK = 64 * 1024;

/**
 * A synchronous raw deflate (`kind` 'deflate') or inflate with these options, byte for byte what
 * deflateRawSync/inflateRawSync give. An error (damaged input) throws as theirs do and retires the
 * stream; the next call opens a new one.
 */
export function reusableRawZlib(kind: 'deflate' | 'inflate', options: ZlibOptions): RawTransform {
  const fallback: (input: Buffer) => Buffer = kind === 'deflate' ? (input) => deflateRawSync(input, options) : (input) => inflateRawSync(input, options);
  let engine: Engine | null = null;
  let failure: Error | null = null;
  let usable = true;
  const out = Buffer.allocUnsafe(OUT_CHUNK);

  const open = (): Engine | null => {
    const stream = (kind === 'deflate' ? createDeflateRaw(options) : createInflateRaw(options)) as unknown as { _handle?: Partial<NativeHandle>; _writeState?: unknown };
    const handle = stream._handle;
    const state = stream._writeState;
    if (!handle || typeof handle.writeSync !== 'function' || typeof handle.reset !== 'function' || !(state instanceof Uint32Array) || state.length < 2) {
      usable = false; // another Node's internals: the public functions from now on
      return null;
    }
    // Errors reach the stream through this callback, synchronously inside writeSync; kept here
    // instead, so the stream object never sees them and the caller gets a plain throw.
    handle.onerror = (message: string, errno: number) => {
      failure = Object.assign(new Error(message), { errno });
    };
    return { handle: handle as NativeHandle, state };
  };

  const run = (input: Buffer): Buffer => {
    if (!usable) return fallback(input);
    engine ??= open();
    if (!engine) return fallback(input);
    const { handle, state } = engine;
    const parts: Buffer[] = [];
    let total = 0;
    let inOff = 0;
    let inLen = input.length;
    failure = null;
    for (;;) {
      handle.writeSync(constants.Z_FINISH, input, inOff, inLen, out, 0, OUT_CHUNK);
      if (failure) {
        const err: Error = failure;
        engine = null;
        try {
          handle.close();
        } catch {
          // already closed by the error
        }
        throw err;
      }
      const availOut = state[0]!;
      const availIn = state[1]!;
      const have = OUT_CHUNK - availOut;
      if (have > 0) {
        const part = Buffer.allocUnsafe(have);
        out.copy(part, 0, 0, have);
        parts.push(part);
        total += have;
      }
      // A full output buffer means zlib may have more to give (node:zlib's processChunkSync rule).
      if (availOut !== 0) break;
      inOff += inLen - availIn;
      inLen = availIn;
    }
    handle.reset();
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts, total);
  };
  return Object.defineProperty(run, 'reusesStream', { get: () => usable }) as RawTransform;
}
