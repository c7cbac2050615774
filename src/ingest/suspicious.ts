/**
 * Corpus files that load but should not be served as they are: markup or data URIs in the text, mojibake, very
 * little text, or the same text as another file of the same (or no) outlet. `check` reports each by name and reason.
 */
import { resemblance, shingles } from "../analysis/similarity.js";
import type { Article } from "../corpus/types.js";
import { hasMojibake } from "./charset.js";
import { MIN_ARTICLE_CHARS } from "./limits.js";

export interface Suspicion {
  file: string;
  reason: string;
}

/** Two files this similar (5-word shingles, Jaccard) hold the same text. */
export const DUPLICATE_RESEMBLANCE = 0.9;
/** Shingles found in more files than this are boilerplate and do not pair files up. */
const COMMON_SHINGLE = 20;

const MARKUP = /<\/?(?:[a-z][a-z0-9]*:)?[a-z][a-z0-9-]*(?:\s[^<>]{0,500})?\/?>|data:[a-z]+\/[\w.+-]+[;,]|&(?:amp|lt|gt|quot|nbsp|#\d{1,6}|#x[0-9a-f]{1,6});/i;

export function findSuspicious(articles: readonly Article[]): Suspicion[] {
  const out: Suspicion[] = [];
  for (const a of articles) {
    const markup = MARKUP.exec(a.text);
    if (markup) out.push({ file: a.file, reason: `markup in the text ("${markup[0].slice(0, 40)}")` });
    if (hasMojibake(a.text)) out.push({ file: a.file, reason: "garbled characters (mojibake)" });
    const length = a.text.replace(/\s+/g, " ").trim().length;
    if (length < MIN_ARTICLE_CHARS) out.push({ file: a.file, reason: `very short (${length} characters)` });
  }
  out.push(...duplicates(articles));
  return out.sort((x, y) => x.file.localeCompare(y.file));
}

function duplicates(articles: readonly Article[]): Suspicion[] {
  // One article has no twin: its shingles (a 2 MB file has 250,000) are not worth taking.
  if (articles.length < 2) return [];
  const sets = articles.map((a) => shingles(a.text));
  const byShingle = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const s of set) {
      const list = byShingle.get(s);
      if (list) {
        if (list.length <= COMMON_SHINGLE) list.push(i);
      } else byShingle.set(s, [i]);
    }
  });
  const shared = new Map<string, number>();
  for (const list of byShingle.values()) {
    if (list.length < 2 || list.length > COMMON_SHINGLE) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = `${list[x]} ${list[y]}`;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const found: Suspicion[] = [];
  const flagged = new Set<number>();
  for (const [key, count] of shared) {
    const [i, j] = key.split(" ").map(Number) as [number, number];
    const a = sets[i]!;
    const b = sets[j]!;
    // Shared shingles bound the resemblance from above; only pairs that can reach the threshold are measured.
    if (count / Math.max(a.size, b.size) < DUPLICATE_RESEMBLANCE * 0.9 || flagged.has(j)) continue;
    const r = resemblance(a, b);
    if (r < DUPLICATE_RESEMBLANCE) continue;
    const [first, second] = [articles[i]!, articles[j]!];
    const o1 = first.meta.outlet?.toLowerCase();
    const o2 = second.meta.outlet?.toLowerCase();
    if (o1 && o2 && o1 !== o2) continue;
    flagged.add(j);
    found.push({ file: second.file, reason: `same text as ${first.file} (resemblance ${Math.round(r * 100) / 100})` });
  }
  return found;
}

/** "corpus: 017_x.txt: suspicious: very short (120 characters)" */
export function formatSuspicion(s: Suspicion): string {
  return `corpus: ${s.file}: suspicious: ${s.reason}`;
}
