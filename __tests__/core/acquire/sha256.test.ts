import { createHash } from 'node:crypto'
import { allocateFileBuffer, OFF_THREAD_MIN_BYTES, sha256Hex } from '../../../src/core/acquire/sha256.js'

const expected = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')

describe('sha256Hex', () => {
  it('hashes small files inline, in ordinary memory', async () => {
    const bytes = allocateFileBuffer(1000).fill(7)
    expect(bytes.buffer).not.toBeInstanceOf(SharedArrayBuffer)
    expect(await sha256Hex(bytes)).toBe(expected(bytes))
  })

  it('hashes large files on a worker thread from shared memory, also for a slice of the buffer', async () => {
    const bytes = allocateFileBuffer(OFF_THREAD_MIN_BYTES + 5)
    for (let i = 0; i < bytes.length; i += 4096) bytes[i] = i % 251
    expect(Object.prototype.toString.call(bytes.buffer)).toBe('[object SharedArrayBuffer]')
    const [whole, slice] = await Promise.all([sha256Hex(bytes), sha256Hex(bytes.subarray(3))])
    expect(whole).toBe(expected(bytes))
    // A slice shorter than the threshold is hashed inline; its digest must still be the slice's.
    expect(slice).toBe(expected(bytes.subarray(3)))
  })
})
