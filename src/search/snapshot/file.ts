/**
 * The snapshot file: named byte sections behind a header, each with its CRC-32. Little-endian:
 *
 *     "VBSNAPv1"  u32 headerBytes  header (JSON)  section…
 *
 * The header names the format, the key, the analyzer version and each section's offset, length and CRC-32.
 * The file is read whole and every section checked before anything is decoded, so a truncated, extended or altered
 * file is found here ({@link CorruptSnapshot}) and a file for another key, format or analyzer here too
 * ({@link StaleSnapshot}); what the decoder gets has passed every check.
 */
import { type FileHandle, open, rename } from "node:fs/promises";
import { crc32 } from "node:zlib";
import { ANALYZER_VERSION } from "../../analysis/analyzer.js";
import { discardFile } from "../../util/discardFile.js";
import { tempBeside } from "../../util/durableFile.js";

/** Bumped whenever the layout of the file or of a section changes. */
export const SNAPSHOT_FORMAT = 2;
const MAGIC = "VBSNAPv1";
const PREFIX_BYTES = MAGIC.length + 4;
/** Written in pieces: one write call per section would need a buffer the size of the largest. */
const WRITE_CHUNK = 64 << 20;

/** The file is damaged or not a snapshot of this format: rebuild. */
export class CorruptSnapshot extends Error {}

/** The file is a good snapshot, but of another key or analyzer: rebuild. */
export class StaleSnapshot extends Error {}

interface Header {
  magic: typeof MAGIC;
  format: number;
  key: string;
  analyzerVersion: number;
  created: string;
  sections: Array<{ name: string; offset: number; length: number; crc32: number }>;
}

export type Sections = ReadonlyArray<readonly [name: string, bytes: Uint8Array]>;

/**
 * Writes the file atomically: a temporary file beside it, renamed over the target once complete, so a reader sees
 * the old file or the new one, never a part. It is not fsynced: a snapshot is a cache of the corpus, and the
 * checksums find a file that a crash of the machine left incomplete (it is then rebuilt; test/search/snapshot.test.ts
 * damages files that way). For the ~130 MB of 20,000 articles the fsync took 183-193 ms here, and the writes before
 * it 143-225 ms against 38-41 ms without it: the disk then writes the file back in the background instead.
 */
export async function writeSnapshotFile(target: string, key: string, sections: Sections): Promise<void> {
  const header: Header = { magic: MAGIC, format: SNAPSHOT_FORMAT, key, analyzerVersion: ANALYZER_VERSION, created: new Date().toISOString(), sections: [] };
  let offset = 0;
  for (const [name, bytes] of sections) {
    header.sections.push({ name, offset, length: bytes.byteLength, crc32: crc32(bytes) });
    offset += bytes.byteLength;
  }
  const headerBytes = Buffer.from(JSON.stringify(header));
  const prefix = Buffer.alloc(PREFIX_BYTES);
  prefix.write(MAGIC, 0, "latin1");
  prefix.writeUInt32LE(headerBytes.length, MAGIC.length);

  const temp = tempBeside(target);
  const file = await open(temp, "w");
  try {
    await writeAll(file, prefix);
    await writeAll(file, headerBytes);
    for (const [, bytes] of sections) {
      for (let at = 0; at < bytes.byteLength; at += WRITE_CHUNK) await writeAll(file, bytes.subarray(at, Math.min(bytes.byteLength, at + WRITE_CHUNK)));
    }
    await file.close();
    await rename(temp, target);
  } catch (e) {
    await file.close().catch(() => undefined);
    await discardFile(temp);
    throw e;
  }
}

/**
 * All of `bytes`, however many calls that takes: a write may write less than asked (a disk filling up writes what fits
 * and returns its count; the next call fails with ENOSPC). One short write taken for a whole one renamed a truncated
 * snapshot into place and logged it as saved.
 */
async function writeAll(file: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let at = 0; at < bytes.byteLength; ) {
    const { bytesWritten } = await file.write(bytes, at, bytes.byteLength - at);
    if (bytesWritten <= 0) throw Object.assign(new Error("snapshot: the disk took no more bytes"), { code: "ENOSPC" });
    at += bytesWritten;
  }
}

/** The sections of a snapshot file, each checked against its CRC; throws CorruptSnapshot or StaleSnapshot. */
export function readSnapshotFile(buf: Buffer, key: string): Map<string, Uint8Array> {
  const header = readHeader(buf);
  if (header.format !== SNAPSHOT_FORMAT) throw new CorruptSnapshot(`format ${String(header.format)}, expected ${SNAPSHOT_FORMAT}`);
  if (header.key !== key) throw new StaleSnapshot(`built for key ${header.key.slice(0, 12)}…, expected ${key.slice(0, 12)}…`);
  if (header.analyzerVersion !== ANALYZER_VERSION) throw new StaleSnapshot(`analyzer version ${String(header.analyzerVersion)}, expected ${ANALYZER_VERSION}`);
  const dataStart = PREFIX_BYTES + buf.readUInt32LE(MAGIC.length);
  const total = header.sections.reduce((sum, s) => sum + s.length, 0);
  if (dataStart + total !== buf.length) throw new CorruptSnapshot(`size ${buf.length} bytes, expected ${dataStart + total} (truncated or extended)`);
  const sections = new Map<string, Uint8Array>();
  let expectedOffset = 0;
  for (const s of header.sections) {
    if (s.offset !== expectedOffset || sections.has(s.name)) throw new CorruptSnapshot(`malformed header (section ${s.name})`);
    expectedOffset += s.length;
    const bytes = buf.subarray(dataStart + s.offset, dataStart + s.offset + s.length);
    if (crc32(bytes) !== s.crc32) throw new CorruptSnapshot(`section ${s.name} fails its checksum`);
    sections.set(s.name, bytes);
  }
  return sections;
}

function readHeader(buf: Buffer): Header {
  if (buf.length < PREFIX_BYTES || buf.toString("latin1", 0, MAGIC.length) !== MAGIC) throw new CorruptSnapshot("not a snapshot file (bad magic)");
  const headerLength = buf.readUInt32LE(MAGIC.length);
  if (PREFIX_BYTES + headerLength > buf.length) throw new CorruptSnapshot("truncated header");
  let header: Partial<Header>;
  try {
    header = JSON.parse(buf.toString("utf8", PREFIX_BYTES, PREFIX_BYTES + headerLength)) as Partial<Header>;
  } catch (e) {
    throw new CorruptSnapshot(`malformed header (${(e as Error).message})`);
  }
  const count = (n: unknown) => Number.isSafeInteger(n) && (n as number) >= 0;
  const wellFormed =
    typeof header === "object" &&
    header !== null &&
    header.magic === MAGIC &&
    typeof header.key === "string" &&
    Array.isArray(header.sections) &&
    header.sections.every((s) => typeof s?.name === "string" && count(s.offset) && count(s.length) && count(s.crc32));
  if (!wellFormed) throw new CorruptSnapshot("malformed header");
  return header as Header;
}
