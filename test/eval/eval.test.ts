/**
 * The retrieval quality reached so far is a floor: a change that drops below it fails here.
 * Figures (npm run eval) when these floors were set: shared dev hit@3 1.00, MRR@5 0.92, quote hit@1 0.84, 5/5 abstentions;
 * english hit@3 0.98, MRR@5 0.96, quote hit@1 0.88, 7/8 abstentions, 1 wrong abstention;
 * own hit@3 0.95, MRR@5 0.90, quote hit@1 0.76, 21/25 abstentions, 1 wrong abstention.
 */
import { existsSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { evalSets } from "../../src/cli/evalCommand.js";
import { loadCore } from "../../src/core/loadCore.js";
import { EMBEDDED_CORPUS_DIR } from "../../src/config/paths.js";
import { evaluate, readEvalFile } from "../../src/eval/evaluate.js";
import type { Engine } from "../../src/search/engine.js";

const FLOORS: Record<string, { hit3: number; mrr5: number; quoteHit1: number; maxWrongAnswers: number; maxWrongAbstentions: number }> = {
  "shared dev": { hit3: 0.96, mrr5: 0.88, quoteHit1: 0.8, maxWrongAnswers: 0, maxWrongAbstentions: 1 },
  english: { hit3: 0.94, mrr5: 0.92, quoteHit1: 0.84, maxWrongAnswers: 2, maxWrongAbstentions: 2 },
  own: { hit3: 0.92, mrr5: 0.86, quoteHit1: 0.72, maxWrongAnswers: 5, maxWrongAbstentions: 2 },
};

let engine: Engine;
beforeAll(async () => {
  engine = (await loadCore(EMBEDDED_CORPUS_DIR)).engine;
});

describe("retrieval quality floors", () => {
  for (const set of evalSets()) {
    const floor = FLOORS[set.name];
    it.runIf(existsSync(set.file))(`GIVEN the ${set.name} questions THEN scores stay at or above the level reached`, async () => {
      expect(floor, `no floor set for eval set ${set.name}`).toBeDefined();
      const s = evaluate(engine, set.name, await readEvalFile(set.file));
      expect(s.hit3).toBeGreaterThanOrEqual(floor!.hit3);
      expect(s.mrr5).toBeGreaterThanOrEqual(floor!.mrr5);
      expect(s.quoteHit1).toBeGreaterThanOrEqual(floor!.quoteHit1);
      expect(s.wrongAnswers).toBeLessThanOrEqual(floor!.maxWrongAnswers);
      expect(s.wrongAbstentions).toBeLessThanOrEqual(floor!.maxWrongAbstentions);
      expect(s.longestQuote).toBeLessThanOrEqual(400);
    });
  }
});
