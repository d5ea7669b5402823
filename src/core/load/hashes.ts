import type { Side } from '../model/types.js'

/**
 * The sha256 of every file already read, per side and run-dir relative path, so the receipts
 * check never reads or hashes a file twice. Values are promises: large files hash off-thread.
 */
export class FileHashes {
  private readonly bySide: Record<Side, Map<string, Promise<string>>> = { left: new Map(), right: new Map() }

  /** Records the hash of one side's file. */
  set(side: Side, relPath: string, hash: Promise<string>): void {
    this.bySide[side].set(relPath, hash)
  }

  /** The hash of one side's file, when it was read. */
  get(side: Side, relPath: string): Promise<string> | undefined {
    return this.bySide[side].get(relPath)
  }
}
