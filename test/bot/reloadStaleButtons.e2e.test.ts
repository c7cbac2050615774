/**
 * Buttons of a message rendered before a reload: the example questions (`run:ask:<n>`) are numbers into the corpus
 * profile, and a reload that changes the profile puts other questions at those numbers. A click asks the question its
 * label shows, or says the button is stale; never another question.
 */
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMBEDDED_CORPUS_DIR } from "../../src/config/paths.js";
import { type LoadedCore, loadCore } from "../../src/core/loadCore.js";
import { type ReloadingCore, reloadingCore } from "../../src/core/reloadingCore.js";
import { renderStale } from "../../src/render/discord/notices.js";
import { componentsOf, type Harness, isEphemeral, replyText, startHarness } from "./harness.js";

let dir: string;
let h: Harness;
let core: ReloadingCore<LoadedCore>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "vb-stale-buttons-"));
  await cp(EMBEDDED_CORPUS_DIR, dir, { recursive: true });
  core = reloadingCore(await loadCore(dir), () => loadCore(dir), dir);
  h = await startHarness({ core });
});
afterAll(async () => {
  await h?.close();
  await rm(dir, { recursive: true, force: true });
});

const examplesOn = (reply: Parameters<typeof componentsOf>[0]) =>
  componentsOf(reply)
    .filter((c) => String(c.custom_id).startsWith("run:ask:"))
    .map((c) => ({ id: String(c.custom_id), label: String(c.label) }));

describe("GIVEN /help's example buttons WHEN a reload changes the corpus profile's examples", () => {
  it("THEN each old button asks the question on its label or is stale, never the question now at its number", async () => {
    const help = await h.command("help", []);
    const before = examplesOn(help);
    expect(before.length).toBeGreaterThan(1);
    for (const f of ["000_4a36d75bdf1d0814.txt", "001_c8bbdfa5d8bd8dbb.txt"]) await rm(path.join(dir, f));
    expect(await core.reload()).toMatchObject({ ok: true });
    const after = core.current.profile().examples.de;
    // The premise: some number now holds another question than its old button shows.
    expect(before.some((b, i) => after[i] !== b.label)).toBe(true);
    const stale = String(renderStale("de").content);
    for (const b of before) {
      const reply = await h.clickOn(help, b.id);
      const asked = /^❓ (.*)$/u.exec(String(reply.data?.content ?? ""))?.[1];
      if (asked !== undefined) expect(asked).toBe(b.label);
      else {
        expect(isEphemeral(reply)).toBe(true);
        expect(replyText(reply)).toContain(stale);
      }
    }
    // Rendered after the reload, the buttons ask what they show.
    const fresh = examplesOn(await h.command("help", []));
    const reply = await h.clickOn(await h.command("help", []), fresh[0]!.id);
    expect(String(reply.data?.content)).toBe(`❓ ${fresh[0]!.label}`);
  });
});
