/** Durable writes for the corpus files: the bytes and the rename reach the disk; an existing file is refused with "wx". */
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { open, rename } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { replaceFile, syncFolder, writeDurably } from "../../src/util/durableFile.js";

const dir = mkdtempSync(path.join(tmpdir(), "vb-durable-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("writeDurably", () => {
  it("GIVEN text and bytes THEN the file holds exactly them, and renamed into place with its folder synced", async () => {
    const tmp = path.join(dir, ".a.tmp");
    await writeDurably(tmp, "Grüße\n", "wx");
    await rename(tmp, path.join(dir, "a.txt"));
    await syncFolder(dir);
    expect(readFileSync(path.join(dir, "a.txt"), "utf8")).toBe("Grüße\n");
    await writeDurably(path.join(dir, "b.bin"), new Uint8Array([0, 255, 7]));
    expect([...readFileSync(path.join(dir, "b.bin"))]).toEqual([0, 255, 7]);
  });

  it("GIVEN a write THEN the file's bytes are flushed before it closes, and the folder's entries by syncFolder", async () => {
    const probe = await open(path.join(dir, ".probe"), "w");
    const proto = Object.getPrototypeOf(probe) as { sync: () => Promise<void> };
    await probe.close();
    const sync = vi.spyOn(proto, "sync");
    try {
      await writeDurably(path.join(dir, "d.txt"), "x");
      expect(sync).toHaveBeenCalledTimes(1);
      await syncFolder(dir);
      expect(sync).toHaveBeenCalledTimes(2);
    } finally {
      sync.mockRestore();
    }
  });

  it("GIVEN an existing file THEN 'wx' refuses it and leaves it as it was; 'w' replaces it", async () => {
    const file = path.join(dir, "c.txt");
    writeFileSync(file, "old");
    await expect(writeDurably(file, "new", "wx")).rejects.toMatchObject({ code: "EEXIST" });
    expect(readFileSync(file, "utf8")).toBe("old");
    await writeDurably(file, "new");
    expect(readFileSync(file, "utf8")).toBe("new");
  });

  it("GIVEN a missing folder THEN syncFolder says so", async () => {
    await expect(syncFolder(path.join(dir, "missing"))).rejects.toMatchObject({ code: "ENOENT" });
  });
});

describe("replaceFile", () => {
  it("GIVEN an existing file THEN it is replaced whole, and no temporary is left", async () => {
    const sub = path.join(dir, "replace-ok");
    mkdirSync(sub);
    writeFileSync(path.join(sub, "bild.png"), "alt");
    await replaceFile(path.join(sub, "bild.png"), new Uint8Array([1, 2, 3]));
    expect([...readFileSync(path.join(sub, "bild.png"))]).toEqual([1, 2, 3]);
    expect(readdirSync(sub)).toEqual(["bild.png"]);
  });

  it("GIVEN a symbolic link THEN the file it names is replaced with its permissions, and the link stays a link", async () => {
    const sub = path.join(dir, "replace-link");
    mkdirSync(sub);
    writeFileSync(path.join(sub, "echt.png"), "alt", { mode: 0o640 });
    symlinkSync("echt.png", path.join(sub, "bild.png"));
    await replaceFile(path.join(sub, "bild.png"), "neu");
    expect(lstatSync(path.join(sub, "bild.png")).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(sub, "echt.png"), "utf8")).toBe("neu");
    expect(statSync(path.join(sub, "echt.png")).mode & 0o777).toBe(0o640);
    expect(readdirSync(sub).sort()).toEqual(["bild.png", "echt.png"]);
  });

  it("GIVEN a link to what is no regular file (/dev/null, as /dev/stdout is) THEN it is written in place and stays what it is", async () => {
    const sub = path.join(dir, "replace-device");
    mkdirSync(sub);
    symlinkSync("/dev/null", path.join(sub, "bild.png"));
    await replaceFile(path.join(sub, "bild.png"), "neu");
    expect(lstatSync(path.join(sub, "bild.png")).isSymbolicLink()).toBe(true);
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
    expect(readdirSync(sub)).toEqual(["bild.png"]);
  });

  it("GIVEN a write that fails (a full disk) THEN the old file is as it was and no temporary is left", async () => {
    const sub = path.join(dir, "replace-full");
    mkdirSync(sub);
    writeFileSync(path.join(sub, "bild.png"), "alt");
    const probe = await open(path.join(dir, ".probe2"), "w");
    const proto = Object.getPrototypeOf(probe) as { writeFile: () => Promise<void> };
    await probe.close();
    const full = Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    const write = vi.spyOn(proto, "writeFile").mockRejectedValueOnce(full);
    try {
      await expect(replaceFile(path.join(sub, "bild.png"), "neu")).rejects.toMatchObject({ code: "ENOSPC" });
    } finally {
      write.mockRestore();
    }
    expect(readFileSync(path.join(sub, "bild.png"), "utf8")).toBe("alt");
    expect(readdirSync(sub)).toEqual(["bild.png"]);
  });
});
