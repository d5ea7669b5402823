import { createHash } from 'node:crypto'

/**
 * Files at least this large are read into shared memory and hashed on a worker thread, so the
 * sha256 of a 150 MB ranked file overlaps with parsing it instead of adding to it. Smaller files are
 * hashed inline: starting a worker costs more than hashing them.
 */
export const OFF_THREAD_MIN_BYTES = 16 * 1024 * 1024

/** Files at least this large are read into shared memory, so a worker (a hash, a ranked-file task) sees them without a copy. */
export const SHARED_MIN_BYTES = 4 * 1024 * 1024

/** A buffer for reading a file of `size` bytes: shared memory when a worker may read it. */
export function allocateFileBuffer(size: number): Buffer {
  return size >= SHARED_MIN_BYTES ? Buffer.from(new SharedArrayBuffer(size)) : Buffer.allocUnsafe(size)
}

// The worker is plain CommonJS evaluated from this string: no extra file to bundle or locate.
const WORKER_SOURCE = `
const { workerData, parentPort } = require('node:worker_threads')
const { createHash } = require('node:crypto')
const { buffer, offset, length } = workerData
parentPort.postMessage(createHash('sha256').update(new Uint8Array(buffer, offset, length)).digest('hex'))`

/**
 * The sha256 of `bytes` as lowercase hex; off the main thread for large shared buffers. Each large
 * hash gets its own short-lived worker: ending it releases its hold on the shared buffer at once,
 * where a long-lived idle worker would keep 100+ MB alive until its next garbage collection.
 */
export async function sha256Hex(bytes: Buffer): Promise<string> {
  // The tag, not instanceof: a buffer made in another realm (a vm context) is shared memory all the same.
  if (bytes.length < OFF_THREAD_MIN_BYTES || Object.prototype.toString.call(bytes.buffer) !== '[object SharedArrayBuffer]') {
    return createHash('sha256').update(bytes).digest('hex')
  }
  // Loaded here, not up front: node:worker_threads adds ~25 ms to every start, and small runs never need it.
  const { Worker } = await import('node:worker_threads')
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { buffer: bytes.buffer, offset: bytes.byteOffset, length: bytes.length }
  })
  return new Promise<string>((resolve, reject) => {
    worker.once('message', resolve)
    worker.once('error', reject)
  }).finally(() => void worker.terminate())
}
