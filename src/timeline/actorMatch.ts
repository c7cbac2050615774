/**
 * Finding and resolving actors (people) by name, alias or unambiguous role title.
 *
 * - `mentions(text, date?)`: spans in `text` that name an actor. Names match on word boundaries
 *   (Unicode letters), case-, diacritic- and ß-insensitively, with genitive endings ("Putins",
 *   "Merz'", "Putin's") and as parts of hyphen compounds ("Putin-Regierung", "Kreml-Sprecher Peskow"),
 *   never inside another word ("Rubiosa", "Merzig"). Role titles ("russischer Außenminister",
 *   inflected "dem russischen Außenminister") count only when marked `unambiguous`, when exactly one
 *   actor holds the title at `date` (all periods when no date is given), and not after
 *   "Ex-"/"ehemalige"/"frühere"/"künftige"/….
 * - `resolve(query)`: one actor for a user's query, tolerant of typos and transliterations;
 *   otherwise closest display names as suggestions.
 * - `choices(prefix)`: ranked autocomplete entries (max 25).
 *
 * Pure: no I/O. Build once per actors list with `compileActorMatcher`.
 *
 * The matcher compiles actors into tables (actorTables.ts) and serves mentions, resolve, choices and suggestions from
 * them; name folding lives in nameFolding.ts, the patterns and their whole-word search in actorPatterns.ts, role
 * holders by date in roleHolders.ts, the ranking helpers in actorRanking.ts.
 */
import { editDistance, prefixDistance } from "../analysis/similarity.js";
import type { Actor } from "./actorsFile.js";
import { MAX_CHOICES, MAX_SUGGESTIONS } from "../util/discordLimits.js";
import { type MentionVia, type Pattern, startKey, WORD_SPLIT } from "./actorPatterns.js";
import { byName, MIN_TYPO_LENGTH, maxEdits, type Ranked, SUGGEST_SCORE } from "./actorRanking.js";
import { compileActorTables, type SpellingKey } from "./actorTables.js";
import { foldName, foldWithMap, skeleton } from "./nameFolding.js";
import { DATE_RE, NOT_CURRENT_HOLDER, roleHolder, toInterval } from "./roleHolders.js";


export type { MentionVia };

export interface ActorMention {
  actorId: string;
  /** UTF-16 offsets into the original text: `text.slice(start, end)` is the matched words. */
  start: number;
  end: number;
  via: MentionVia;
}

/** How a successful `resolve` found the actor (lets a renderer say "angenommen: …" for fuzzy hits). */
export type ResolveMatch = "exact" | "token" | "role" | "prefix" | "fuzzy";

export type ResolveResult =
  | { ok: true; actor: Actor; match: ResolveMatch }
  | { ok: false; code: "unknown_actor" | "empty"; suggestions: string[] };

export interface ActorChoice {
  id: string;
  name: string;
}

export interface ActorMatcher {
  /**
   * Mentions in document order, non-overlapping (leftmost-longest). `date` ("YYYY", "YYYY-MM" or
   * "YYYY-MM-DD"; anything else counts as absent) restricts role titles to their holders at that time.
   */
  mentions(text: string, date?: string): ActorMention[];
  resolve(query: string): ResolveResult;
  /** Up to 25 autocomplete entries; empty prefix lists all actors alphabetically. */
  choices(prefix: string): ActorChoice[];
  /** Display names closest to `query` (best first, at most `limit`), as used for `resolve` suggestions. */
  suggest(query: string, limit?: number): string[];
}

// ---------------------------------------------------------------------------------------------

export function compileActorMatcher(actors: readonly Actor[]): ActorMatcher {
  const byId = new Map(actors.map((a) => [a.id, a] as const));
  const sorted = [...actors].sort(byName);

  const { patterns, keys, tokens, roleTexts, byStart } = compileActorTables(actors);

  function mentions(text: string, date?: string): ActorMention[] {
    // A malformed date (never produced by the corpus loader) is treated like no date rather than thrown.
    const when = date !== undefined && DATE_RE.test(date) ? toInterval(date) : undefined;
    const { folded, from, to } = foldWithMap(text);
    const found: Array<{ s: number; e: number; actorId: string; via: MentionVia }> = [];
    const candidates = new Set<Pattern>();
    for (const word of folded.split(WORD_SPLIT)) {
      if (!word) continue;
      for (const p of byStart.get(startKey(word)) ?? []) candidates.add(p);
    }
    for (const p of candidates) {
      if (!folded.includes(p.needle)) continue;
      for (const [s, e] of p.matches(folded)) {
        if (p.kind === "alias") {
          found.push({ s, e, actorId: p.actorId!, via: "alias" });
          continue;
        }
        if (NOT_CURRENT_HOLDER.test(folded.slice(Math.max(0, s - 40), s))) continue;
        const actorId = roleHolder(p.holders!, when);
        if (actorId) found.push({ s, e, actorId, via: "role" });
      }
    }
    found.sort((a, b) => a.s - b.s || b.e - b.s - (a.e - a.s) || (a.via === b.via ? 0 : a.via === "alias" ? -1 : 1));
    const out: ActorMention[] = [];
    let lastEnd = -1;
    for (const f of found) {
      if (f.s < lastEnd) continue;
      out.push({ actorId: f.actorId, start: from[f.s]!, end: to[f.e - 1]!, via: f.via });
      lastEnd = f.e;
    }
    return out;
  }

  /** Actors ranked by their closest spelling to `q` (folded, non-empty). */
  function rank(q: string): Ranked[] {
    const qs = skeleton(q);
    const best = new Map<string, { dist: number; score: number; firstLetter: string | undefined }>();
    const oneWord = !q.includes(" ");
    const consider = (k: SpellingKey) => {
      // One word is compared with one-word spellings and surnames, not with "Dmitri Peskow" as a whole.
      if (oneWord && k.folded.includes(" ")) return;
      const d = Math.min(editDistance(q, k.folded), editDistance(qs, k.skel));
      const score = d / Math.max(qs.length, k.skel.length, 1);
      const cur = best.get(k.actorId);
      if (!cur || score < cur.score || (score === cur.score && d < cur.dist)) best.set(k.actorId, { dist: d, score, firstLetter: k.skel[0] });
    };
    keys.forEach(consider);
    // A given name is no evidence: "Dmitrijew" is not "Dmitri Peskow" because it starts like his first name.
    tokens.filter((t) => t.folded.length >= 4 && !t.given).forEach(consider);
    return [...best.entries()]
      .map(([id, v]) => ({ actor: byId.get(id)!, ...v }))
      .sort((a, b) => a.score - b.score || a.dist - b.dist || byName(a.actor, b.actor));
  }

  function suggest(query: string, limit: number = MAX_SUGGESTIONS): string[] {
    const q = foldName(query);
    if (!q) return [];
    return similar(q)
      .slice(0, limit)
      .map((r) => r.actor.name);
  }

  /**
   * Names a reader may have meant by `q`: close in spelling (at most 40 % of the letters differ) and either
   * one edit away or starting with the same letter ("Rutin" → Putin, Rutte; "Medinski" → not Selenskyj).
   */
  function similar(q: string): Ranked[] {
    const first = skeleton(q)[0];
    return rank(q).filter((r) => r.score <= SUGGEST_SCORE && (r.dist <= 1 || r.firstLetter === first));
  }

  const unique = (ids: Iterable<string>): string[] => [...new Set(ids)];
  const ok = (id: string, match: ResolveMatch): ResolveResult => ({ ok: true, actor: byId.get(id)!, match });
  const namesOf = (ids: string[]): string[] =>
    ids
      .map((id) => byId.get(id)!)
      .sort(byName)
      .slice(0, MAX_SUGGESTIONS)
      .map((a) => a.name);

  function resolve(query: string): ResolveResult {
    const q = foldName(query)
      .replace(/^[\s"'„“”«»‚.,;:!?()[\]]+|[\s"'„“”«»‚.,;:!?()[\]]+$/gu, "")
      .trim();
    if (!q) return { ok: false, code: "empty", suggestions: [] };

    // 0. An actor's id, as autocomplete and buttons send it ("juri-uschakow").
    if (byId.has(q)) return ok(q, "exact");

    // 1. A name or alias, also inflected ("Putins").
    const exact = unique(patterns.filter((p) => p.kind === "alias" && p.exact.test(q)).map((p) => p.actorId!));
    if (exact.length === 1) return ok(exact[0]!, "exact");

    // 2. A role title naming one person in any period ("Kreml-Sprecher"); several holders → ask.
    const roleHits = patterns.filter((p) => p.kind === "role" && p.exact.test(q));
    if (roleHits.length > 0) {
      const holders = roleHits.flatMap((p) => p.holders!);
      const one = roleHolder(holders, undefined);
      if (one) return ok(one, "role");
      return { ok: false, code: "unknown_actor", suggestions: namesOf(unique(holders.map((h) => h.actorId))) };
    }

    // 3. Same spelling skeleton ("Zelenskyi", "Peskoff" → no; "Lavrow" → yes).
    const qs = skeleton(q);
    const skel = unique(keys.filter((k) => k.skel === qs).map((k) => k.actorId));
    if (skel.length === 1) return ok(skel[0]!, "fuzzy");

    // 4. One word of a multi-word name ("Keith", "Olaf").
    const tok = unique(tokens.filter((t) => t.folded === q || (qs.length >= 4 && t.skel === qs)).map((t) => t.actorId));
    if (tok.length === 1) return ok(tok[0]!, "token");
    if (tok.length > 1) return { ok: false, code: "unknown_actor", suggestions: namesOf(tok) };

    // 5. A prefix of exactly one actor's spellings ("Lawro", "Zelenski", "Sel"); two letters only suggest.
    if (q.length >= 2) {
      const pre = unique(
        [...keys, ...tokens]
          .filter((k) => k.folded.startsWith(q) || (qs.length >= 3 && k.skel.startsWith(qs)))
          .map((k) => k.actorId),
      );
      if (pre.length === 1 && q.length >= 3) return ok(pre[0]!, "prefix");
      if (pre.length > 0) return { ok: false, code: "unknown_actor", suggestions: namesOf(pre) };
    }

    // 6. Typos: clearly closest within a length-dependent edit budget.
    const ranked = rank(q);
    const [first, second] = ranked;
    // Only a longer query that starts like the name is a typo; "März" is a month, not Merz misspelt.
    const typo = qs.length >= MIN_TYPO_LENGTH && first?.firstLetter === qs[0];
    if (first && typo && first.dist <= maxEdits(qs.length) && first.score <= 0.34 && (!second || second.dist > first.dist)) {
      return ok(first.actor.id, "fuzzy");
    }
    return {
      ok: false,
      code: "unknown_actor",
      suggestions: similar(q)
        .slice(0, MAX_SUGGESTIONS)
        .map((r) => r.actor.name),
    };
  }

  function choices(prefix: string): ActorChoice[] {
    const q = foldName(prefix);
    const toChoice = (a: Actor): ActorChoice => ({ id: a.id, name: a.name });
    if (!q) return sorted.slice(0, MAX_CHOICES).map(toChoice);
    const qs = skeleton(q);
    const tiers = new Map<string, { tier: number; dist: number }>();
    const offer = (actorId: string, tier: number, dist = 0) => {
      const cur = tiers.get(actorId);
      if (!cur || tier < cur.tier || (tier === cur.tier && dist < cur.dist)) tiers.set(actorId, { tier, dist });
    };
    for (const k of keys) {
      if (k.folded.startsWith(q)) offer(k.actorId, k.isName ? 0 : 1);
      else if (k.folded.includes(q)) offer(k.actorId, 2);
      else if (qs.length >= 2 && k.skel.startsWith(qs)) offer(k.actorId, 2);
    }
    for (const t of tokens) if (t.folded.startsWith(q)) offer(t.actorId, 2);
    if (q.length >= 3) for (const r of roleTexts) if (r.folded.includes(q)) offer(r.actorId, 3);
    if (qs.length >= 4) {
      const budget = qs.length <= 6 ? 1 : 2;
      for (const k of [...keys, ...tokens]) {
        const d = prefixDistance(qs, k.skel, budget);
        if (d <= budget) offer(k.actorId, 4, d);
      }
    }
    return [...tiers.entries()]
      .map(([id, v]) => ({ actor: byId.get(id)!, ...v }))
      .sort((a, b) => a.tier - b.tier || a.dist - b.dist || byName(a.actor, b.actor))
      .slice(0, MAX_CHOICES)
      .map((r) => toChoice(r.actor));
  }

  return { mentions, resolve, choices, suggest };
}
