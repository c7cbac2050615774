/**
 * The merge of the same event reported in several sentences (mergeSameEvents) on random drafts: it keeps the same
 * events as the merge before (kept here as `previousMerge`, as it was: prefixes ordered by corpus frequency) and
 * files each twin under the first kept event it matches, as a plain pairwise scan does (`pairwiseMerge`). The merge
 * before filed a twin that matched two kept events under whichever its candidate set met first; on inputs
 * without such a twin the two give the same events, `alsoIn` included. A last test counts the merge's work on
 * an actor's sentences that share their words with every other one and goes red when it grows with their square.
 */
import { describe, expect, it } from "vitest";
import { Rng } from "../../bench/synthetic.js";
import { containment } from "../../src/analysis/similarity.js";
import { type Draft, type MergeStats, mergeSameEvents, refOfEvent, SAME_EVENT_CONTAINMENT } from "../../src/timeline/mergeEvents.js";
import type { TimelineEvent } from "../../src/timeline/types.js";

const rank = (e: TimelineEvent) => (e.dateSource === "text" || e.dateSource === "relative" ? 0 : e.dateSource === "article" ? 1 : 2);

function compatibleDates(a: TimelineEvent, b: TimelineEvent): boolean {
  if (a.date === null || b.date === null) return true;
  if (a.date.slice(0, 7) !== b.date.slice(0, 7)) return false;
  if (a.precision !== "day" || b.precision !== "day") return true;
  return Math.abs(Date.parse(a.date) - Date.parse(b.date)) <= 86_400_000;
}

const matches = (k: Draft, d: Draft) => compatibleDates(k.event, d.event) && containment(k.terms, d.terms, 4) >= SAME_EVENT_CONTAINMENT;

function cite(same: Draft, d: Draft): void {
  if (same.event.articleId !== d.event.articleId && !same.event.alsoIn.some((r) => r.articleId === d.event.articleId)) {
    same.event.alsoIn.push(refOfEvent(d.event));
    same.event.reports = 1 + same.event.alsoIn.length;
  }
}

/** The specification: every draft compared with every kept one; the first (in kept order) that matches takes it. */
function pairwiseMerge(drafts: Draft[]): { events: TimelineEvent[]; multiMatches: number } {
  drafts.sort((a, b) => rank(a.event) - rank(b.event));
  const kept: Draft[] = [];
  const byText = new Map<string, Draft>();
  let multiMatches = 0;
  for (const d of drafts) {
    const textKey = d.event.quote.replace(/\s+/g, " ");
    let same = byText.get(textKey);
    if (!same) {
      const all = kept.filter((k) => matches(k, d));
      if (all.length > 1) multiMatches++;
      same = all[0];
    }
    if (same) cite(same, d);
    else {
      kept.push(d);
      byText.set(textKey, d);
    }
  }
  return { events: kept.map((k) => k.event), multiMatches };
}

/** mergeSameEvents before this change, as it was (`index.df` passed as `df`). */
function previousMerge(drafts: Draft[], df: ReadonlyMap<string, number>): TimelineEvent[] {
  drafts.sort((a, b) => rank(a.event) - rank(b.event));
  const kept: Draft[] = [];
  const byText = new Map<string, Draft>();
  const byTerm = new Map<string, Draft[]>();
  const byPrefix = new Map<string, Draft[]>();
  const file = (map: Map<string, Draft[]>, term: string, d: Draft) => {
    const list = map.get(term);
    if (list) list.push(d);
    else map.set(term, [d]);
  };
  const prefixOf = (terms: Set<string>) => {
    const ordered = [...terms].sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
    return ordered.slice(0, ordered.length - Math.ceil(SAME_EVENT_CONTAINMENT * ordered.length) + 1);
  };
  for (const d of drafts) {
    const textKey = d.event.quote.replace(/\s+/g, " ");
    const prefix = prefixOf(d.terms);
    let same = byText.get(textKey);
    if (!same) {
      const candidates = new Set<Draft>();
      for (const t of prefix) for (const k of byTerm.get(t) ?? []) candidates.add(k);
      for (const t of d.terms) for (const k of byPrefix.get(t) ?? []) candidates.add(k);
      for (const k of kept.length <= candidates.size ? kept : candidates) {
        if (compatibleDates(k.event, d.event) && containment(k.terms, d.terms, 4) >= SAME_EVENT_CONTAINMENT) {
          same = k;
          break;
        }
      }
    }
    if (same) {
      cite(same, d);
      continue;
    }
    kept.push(d);
    byText.set(textKey, d);
    for (const t of d.terms) file(byTerm, t, d);
    for (const t of prefix) file(byPrefix, t, d);
  }
  return kept.map((k) => k.event);
}

const SOURCES: TimelineEvent["dateSource"][] = ["text", "relative", "article", "duplicate", "none"];

/**
 * Random drafts of one actor: sentences of 3–14 terms from a Zipf-like vocabulary plus the actor's own words,
 * dates in a few months (some undated, days a day apart), several articles, and twins (a draft's terms with some
 * dropped, swapped or added; sometimes the same text) so that merges, chains and multiple matches occur.
 */
function randomDrafts(rng: Rng, count: number): { drafts: Draft[]; df: Map<string, number> } {
  const vocabulary = Array.from({ length: rng.int(20, 400) }, (_, i) => `w${i}`);
  const own = ["lawrow", "russisch", "aussenminist", "sagt"];
  const word = () => vocabulary[Math.floor(vocabulary.length * rng.float() ** 2)]!;
  const drafts: Draft[] = [];
  for (let i = 0; i < count; i++) {
    const twinOf = drafts.length > 0 && rng.chance(0.4) ? rng.pick(drafts) : undefined;
    let terms: Set<string>;
    if (twinOf) {
      terms = new Set([...twinOf.terms].filter(() => rng.chance(0.85)));
      for (let a = rng.int(0, 3); a > 0; a--) terms.add(word());
    } else {
      terms = new Set(own.filter(() => rng.chance(0.7)));
      for (let n = rng.int(3, 12); n > 0; n--) terms.add(word());
    }
    const dateSource = rng.pick(SOURCES);
    const month = `2025-0${rng.int(1, 3)}`;
    const precision = rng.pick(["day", "day", "week", "month"] as const);
    const date = dateSource === "none" ? null : precision === "month" ? month : `${month}-${String(rng.int(10, 13)).padStart(2, "0")}`;
    const articleId = `a${rng.int(0, 30)}`;
    const quote = twinOf && rng.chance(0.3) ? twinOf.event.quote.replace(" ", "  ") : [...terms].join(" ");
    drafts.push({
      terms,
      event: { articleId, file: `${articleId}.txt`, title: articleId, date, precision, dateSource, quote, quoteStart: i, alsoIn: [], reports: 1 },
    });
  }
  const df = new Map<string, number>();
  for (const t of [...vocabulary, ...own]) df.set(t, rng.int(1, 1000));
  return { drafts, df };
}

/** A deep copy: each merge sorts the drafts and adds to their events. */
const copy = (drafts: Draft[]): Draft[] => drafts.map((d) => ({ terms: new Set(d.terms), event: structuredClone(d.event) }));
const identity = (events: TimelineEvent[]) => events.map((e) => ({ ...e, alsoIn: [], reports: 0 }));

describe("mergeSameEvents", () => {
  it("GIVEN random drafts THEN it equals the pairwise merge, keeps the events the merge before kept, and equals it without multiple matches", () => {
    const rng = new Rng(7);
    let equalToPrevious = 0;
    let withMultiple = 0;
    let merged = 0;
    for (let round = 0; round < 300; round++) {
      const { drafts, df } = randomDrafts(rng, rng.int(1, 120));
      const now = mergeSameEvents(copy(drafts));
      const pairwise = pairwiseMerge(copy(drafts));
      const previous = previousMerge(copy(drafts), df);
      expect(now).toEqual(pairwise.events);
      expect(identity(now)).toEqual(identity(previous));
      merged += drafts.length - now.length;
      if (pairwise.multiMatches === 0) {
        expect(now).toEqual(previous);
        equalToPrevious++;
      } else withMultiple++;
    }
    // Both kinds of input occur, and merging is common (the test is not vacuous).
    expect(equalToPrevious).toBeGreaterThan(50);
    expect(withMultiple).toBeGreaterThan(20);
    expect(merged).toBeGreaterThan(2000);
  });

  it("GIVEN 4,000 sentences of one actor in one month, all sharing the actor's words, THEN the work stays linear", () => {
    const rng = new Rng(8);
    const n = 4000;
    const own = ["lawrow", "russisch", "aussenminist", "sagt"];
    const drafts: Draft[] = Array.from({ length: n }, (_, i) => {
      // The actor's words and eight words of a large vocabulary: no two sentences report the same event.
      const terms = new Set([...own, ...Array.from({ length: 8 }, () => `w${rng.int(0, 200_000)}`)]);
      return {
        terms,
        event: { articleId: `a${i}`, file: `a${i}.txt`, title: "", date: "2025-03", precision: "month", dateSource: "article", quote: [...terms].join(" "), quoteStart: 0, alsoIn: [], reports: 1 },
      };
    });
    const stats: MergeStats = { visited: 0, compared: 0 };
    expect(mergeSameEvents(drafts, stats)).toHaveLength(n);
    // A merge that compares every sentence with every kept one does n²/2 = 8,000,000 of each.
    expect(stats.visited).toBeLessThan(10 * n);
    expect(stats.compared).toBeLessThan(10 * n);
  });
});
