/**
 * Where the gold passage stands among the re-ranked candidates of each answerable tune question (`npm run eval --
 * gold`, abstention off): first, second or third, 4th to 10th, lower, or not among the candidates at all (not among
 * the passages BM25 selects for re-ranking, ranking.ts `candidates`). Of the questions whose gold passage is a
 * candidate but not first, it counts those where a passage of the gold's own article ranks above it: mostly another
 * paragraph of the same report (its lead in only 12 of the 90 such questions of the repository's sets, 19 of 100 with
 * the 220 news questions, when the report was written); the rest lose to other articles only. It tells a ranking change
 * what it could still reach, and what only a better candidate search could.
 */
import { DEFAULT_RANKING } from "../answer/ranking.js";
import { type RerankWeights, rerankScore } from "../answer/rerank.js";
import type { LearnSample } from "./learn.js";

/** The places a gold passage may take, in the report's column order. */
export const GOLD_PLACES = ["1", "2-3", "4-10", "11+", "no candidate"] as const;
export type GoldPlace = (typeof GOLD_PLACES)[number];

export interface GoldRank {
  place: GoldPlace;
  /** Below first place: whether a passage of the gold passage's own article ranks above it. */
  ownArticleAbove: boolean;
}

/** The best-ranked gold candidate's place under `mix` (ties keep the engine's order). */
export function goldRank(sample: LearnSample, mix: RerankWeights = DEFAULT_RANKING.mix): GoldRank {
  const ranked = sample.candidates.map((c, i) => ({ c, i, score: rerankScore(c.features, mix) })).sort((a, b) => b.score - a.score || a.i - b.i);
  const at = ranked.findIndex((r) => r.c.gold);
  if (at < 0) return { place: "no candidate", ownArticleAbove: false };
  const gold = ranked[at]!.c;
  const ownArticleAbove = gold.articleId !== undefined && ranked.slice(0, at).some((r) => r.c.articleId === gold.articleId);
  const place: GoldPlace = at === 0 ? "1" : at < 3 ? "2-3" : at < 10 ? "4-10" : "11+";
  return { place, ownArticleAbove };
}

/** One markdown table: per suite, the questions at each place, and the misses with their own article ranked above. */
export function goldReport(samples: readonly LearnSample[], mix: RerankWeights = DEFAULT_RANKING.mix): string {
  const rows = new Map<string, { counts: Record<GoldPlace, number>; own: number; of: number }>();
  for (const s of samples) {
    const row = rows.get(s.suite) ?? { counts: Object.fromEntries(GOLD_PLACES.map((p) => [p, 0])) as Record<GoldPlace, number>, own: 0, of: 0 };
    const r = goldRank(s, mix);
    row.of++;
    row.counts[r.place]++;
    if (r.ownArticleAbove) row.own++;
    rows.set(s.suite, row);
  }
  return [
    `| gold passage (tune, abstention off) | questions | ${GOLD_PLACES.join(" | ")} | own article above |`,
    `|---|---:|${GOLD_PLACES.map(() => "---:").join("|")}|---:|`,
    ...[...rows].map(([suite, r]) => `| ${suite} | ${r.of} | ${GOLD_PLACES.map((p) => r.counts[p]).join(" | ")} | ${r.own} |`),
  ].join("\n");
}
