/**
 * A reader that goes away early (`dualrun compare … | head`) closes the pipe: the next write to
 * stdout fails with EPIPE, emitted as an 'error' event that would end the process with a stack
 * trace. This ends it quietly instead: output stops, the exit code already decided is kept.
 */

/** Error codes of a stream whose reader went away. */
const CLOSED_CODES = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END'])

/** Makes a closed `stream` (stdout) end the output quietly; any other stream error is rethrown as before. */
export function endQuietlyWhenClosed(stream: NodeJS.WritableStream & { destroy?: () => void }): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (!CLOSED_CODES.has(error.code ?? '')) throw error
    // Nothing more can be written; later writes are dropped without another error.
    stream.write = (() => true) as typeof stream.write
  })
}
