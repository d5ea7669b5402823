import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { crc32, deflateRawSync } from 'node:zlib'

/** One file in a zip: its path inside the archive (with `/`) and its bytes. */
export interface ZipEntry {
  name: string
  data: Buffer
  /** Deflate the data (default: stored). */
  deflate?: boolean
  /** The uncompressed size written in the headers, when it should lie (zip bombs). */
  declaredSize?: number
  /** A Unix mode (type and permissions) in the external attributes, as Info-ZIP writes on Unix (e.g. 0o120777 for a symlink). */
  unixMode?: number
}

/** A minimal zip writer (stored or deflated entries), enough for artifact archives in tests. */
export function makeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const { name, data, deflate, declaredSize, unixMode } of entries) {
    const nameBytes = Buffer.from(name, 'utf8')
    const crc = crc32(data)
    const stored = deflate ? deflateRawSync(data) : data
    const size = declaredSize ?? data.length
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4) // version needed
    local.writeUInt16LE(0x0800, 6) // UTF-8 names
    local.writeUInt16LE(deflate ? 8 : 0, 8) // method
    local.writeUInt32LE(0, 10) // time, date
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(stored.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    local.writeUInt16LE(0, 28)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(unixMode === undefined ? 20 : (3 << 8) | 20, 4) // version made by (high byte 3: Unix)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(deflate ? 8 : 0, 10)
    central.writeUInt32LE(0, 12)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(stored.length, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE(((unixMode ?? 0) << 16) >>> 0, 38)
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBytes, stored)
    centrals.push(central, nameBytes)
    offset += local.length + nameBytes.length + stored.length
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(centralSize, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, ...centrals, end])
}

/** Every file under `folder` as zip entries named `<prefix><relative path>`, followed by `extra` entries. */
export function zipFolder(folder: string, prefix = '', extra: ZipEntry[] = []): Buffer {
  const entries: ZipEntry[] = []
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else entries.push({ name: prefix + relative(folder, path).split(sep).join('/'), data: readFileSync(path) })
    }
  }
  walk(folder)
  return makeZip([...entries, ...extra])
}
