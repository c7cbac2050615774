/**
 * Specification of /timeline over the seed corpus: every article naming the actor contributes,
 * events are in chronological order, reprints are merged, and undated 001 borrows 000's date.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../src/core/core.js";
import type { Timeline, TimelineEvent } from "../../src/timeline/types.js";
import { dataFilePath } from "../../src/config/paths.js";
import { allActors } from "../../src/core/discoveredParts.js";
import { compileActorMatcher } from "../../src/timeline/actorMatch.js";
import { ACTORS_FILE, loadActors } from "../../src/timeline/actorsFile.js";
import { buildTimeline, buildTimelines } from "../../src/timeline/buildTimeline.js";
import { CORPUS_DIR, dateF1, FILES, filesNaming, hasLoneSurrogate, seedBody, seedCore } from "../fixtures/corpus.js";

let core: Core;
beforeAll(async () => {
  core = await seedCore();
});

function timelineOf(query: string): Timeline {
  const r = core.timeline(query);
  if (!r.ok) throw new Error(`expected a timeline for ${query}, got ${r.error.code}`);
  return r.timeline;
}
const filesOf = (events: TimelineEvent[]) => new Set(events.flatMap((e) => [e.file, ...e.alsoIn.map((o) => o.file)]));
const month = (d: string | null) => (d ?? "").slice(0, 7);

/**
 * Per actor: the query typed (a foreign spelling on purpose), the id it must resolve to, the surname
 * searched for in the raw files, and an independent pattern for "the quote names the actor" (name, any
 * alias or spelling, or an unambiguous title in any inflection).
 */
const ACTORS = [
  { query: "Lavrov", id: "lawrow", surname: /Lawrow|Lavrov/, names: /Lawrow|Lavrov|russischen? Außenminister(?!ium)|Außenminister Russlands|Russlands Außenminister/ },
  { query: "Zelensky", id: "selenskyj", surname: /Selensk|Zelensk/, names: /Selensk|Zelensk|ukrainischen? Präsident/ },
  { query: "Witkoff", id: "witkoff", surname: /Witkoff/, names: /Witkoff/ },
  { query: "Putin", id: "putin", surname: /Putin/, names: /Putin|Kreml-?[Cc]hef|russischen? Präsident/ },
] as const;

describe.each(ACTORS)("GIVEN the timeline for $query", ({ query, id, surname, names }) => {
  let t: Timeline;
  beforeAll(() => {
    t = timelineOf(query);
  });

  it(`THEN it resolves to the actor "${id}"`, () => {
    expect(t.actor.id).toBe(id);
    expect(t.events.length).toBeGreaterThan(0);
  });

  it("THEN it lists events from every article whose text names the surname (plain text search)", () => {
    const expected = filesNaming(surname);
    expect(expected.length).toBeGreaterThan(0);
    expect([...filesOf(t.events)].sort()).toEqual(expect.arrayContaining(expected));
  });

  it("THEN the events are in chronological order", () => {
    const months = t.events.map((e) => month(e.date));
    expect(months.every((m) => /^\d{4}-\d{2}$/.test(m))).toBe(true);
    expect(months).toEqual([...months].sort());
  });

  it("THEN each quote names the actor (any alias or title) and is verbatim in its article at quoteStart, ≤ 400 chars", () => {
    for (const e of t.events) {
      expect(e.quote, e.quote).toMatch(names);
      expect(e.quote.length).toBeLessThanOrEqual(400);
      expect(seedBody(e.file).slice(e.quoteStart, e.quoteStart + e.quote.length)).toBe(e.quote);
    }
  });

  it("THEN no event is a photo caption", () => {
    for (const e of t.events) expect(e.quote).not.toMatch(/\((?:M|l|r)\.\)|Quelle:|\/Imago/);
  });
});

describe("GIVEN the Lawrow timeline (Lavrov)", () => {
  let t: Timeline;
  beforeAll(() => {
    t = timelineOf("Lavrov");
  });

  it("THEN its months run Feb → Mar → Apr 2025", () => {
    expect([...new Set(t.events.map((e) => month(e.date)))]).toEqual(["2025-02", "2025-03", "2025-04"]);
  });

  it("THEN 001's own events are dated by borrowing 000's date (dateSource duplicate)", () => {
    const own001 = t.events.filter((e) => e.file === FILES.f001);
    expect(own001.length).toBeGreaterThan(0);
    for (const e of own001) {
      expect(e.dateSource).toBe("duplicate");
      expect(e.dateFrom).toBe(FILES.f000);
      expect(month(e.date)).toBe("2025-03");
    }
  });

  it("THEN the sentence 000 and 001 share (\"Rubio und Lawrow hätten vereinbart …\") appears once, citing 001 in alsoIn", () => {
    const shared = t.events.filter((e) => e.quote.includes("Rubio und Lawrow hätten vereinbart"));
    expect(shared).toHaveLength(1);
    expect(shared[0]!.file).toBe(FILES.f000);
    expect(shared[0]!.alsoIn.map((o) => o.file)).toContain(FILES.f001);
  });

  it("THEN no two events quote the same text", () => {
    const quotes = t.events.map((e) => e.quote.replace(/\s+/g, " "));
    expect(new Set(quotes).size).toBe(quotes.length);
  });

  /**
   * Gold timeline, determined by reading the corpus: one entry per reported statement/action naming
   * Lawrow (by name or as Russia's foreign minister), reprints counted once at the earliest dated article.
   * 004 (2025-02): the Saturday call (lead; repeated in the body), the agreement on a respectful dialogue.
   * 000 (2025-03): the two foreign ministers conferred (lead), the call about "nächste Schritte",
   *                the agreement to keep restoring communication (the last two reprinted in 001).
   * 001 (undated, reprint of 000 → 2025-03): talks about the Houthis; Lawrow insists the strikes on Yemen stop.
   * 003 (2025-04): the call on regulating the conflict; "Der russische und amerikanische Außenminister betonten …".
   */
  const GOLD: Array<[date: string, file: string]> = [
    ["2025-02", FILES.f004],
    ["2025-02", FILES.f004],
    ["2025-03", FILES.f000],
    ["2025-03", FILES.f000],
    ["2025-03", FILES.f000],
    ["2025-03", FILES.f001],
    ["2025-03", FILES.f001],
    ["2025-04", FILES.f003],
    ["2025-04", FILES.f003],
  ];

  it("THEN date-F1 against the gold timeline is ≥ 0.8", () => {
    const score = dateF1(
      t.events.map((e) => month(e.date)),
      GOLD.map(([d]) => d),
    );
    expect(score.f1, JSON.stringify(score)).toBeGreaterThanOrEqual(0.8);
  });

  it("THEN every gold article is cited", () => {
    expect([...filesOf(t.events)]).toEqual(expect.arrayContaining([...new Set(GOLD.map(([, f]) => f))]));
  });
});

describe("date-F1 helper", () => {
  it("GIVEN identical multisets THEN 1; GIVEN disjoint THEN 0; GIVEN half THEN precision and recall reflect counts", () => {
    expect(dateF1(["2025-02", "2025-03"], ["2025-03", "2025-02"]).f1).toBe(1);
    expect(dateF1(["2025-01"], ["2025-02"]).f1).toBe(0);
    const s = dateF1(["2025-03", "2025-03"], ["2025-03"]);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(1);
  });
});

describe("unknown actors", () => {
  it('GIVEN "Boris Johnson" THEN an unknown_actor error with a suggestions array', () => {
    const r = core.timeline("Boris Johnson");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("unknown_actor");
    expect(Array.isArray(r.error.suggestions)).toBe(true);
    expect(r.error.message).toContain("Boris Johnson");
  });

  it("GIVEN an empty actor THEN the error code is empty", () => {
    expect(core.timeline("  ")).toMatchObject({ ok: false, error: { code: "empty" } });
  });

  it("GIVEN a long well-formed query cut between the halves of an emoji THEN the error message has no lone surrogate", () => {
    const r = core.timeline(`a${"😀".repeat(200)}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(hasLoneSurrogate(r.error.message)).toBe(false);
  });
});

describe("spellings resolve to the same timeline", () => {
  it.each(["Lawrow", "Sergej Lawrow", "lavrov", "Lawrov", "russischer Außenminister"])("GIVEN %j THEN the Lawrow timeline", (q) => {
    expect(timelineOf(q).actor.id).toBe("lawrow");
  });
});

describe("GIVEN all actors of the seed corpus built together in one pass (buildTimelines, the prebuild at load)", () => {
  it("THEN each timeline equals the one built for that actor alone", async () => {
    const loaded = await seedCore();
    const curated = loadActors(dataFilePath(CORPUS_DIR, ACTORS_FILE));
    const actors = allActors(loaded.engine, curated.ok ? curated.actors : []);
    expect(actors.length).toBeGreaterThan(4);
    const matcher = compileActorMatcher(actors);
    const together = buildTimelines(loaded.engine.index, matcher, actors);
    for (const actor of actors) expect(together.get(actor.id), actor.id).toEqual(buildTimeline(loaded.engine.index, matcher, actor));
  });
});
