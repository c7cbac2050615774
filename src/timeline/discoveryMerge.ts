/**
 * One person for the spellings of one name. Actor discovery (discoveryAssembly.ts) keeps a person per surname and
 * given name; German outlets write the same person in several ways, and a reader expects one person with each
 * spelling as alias:
 * - a surname transcribed two ways: "Kirill Dmitrijew" / "Kirill Dmitriew", "Wladimir Medinski" / "Wladimir
 *   Medinskij": the same spelling-insensitive skeleton (nameFolding.ts: w/v, j/y/i, doubled letters …) and the same
 *   given name;
 * - a short given name beside the full one: "Dan Driscoll" / "Daniel Driscoll", "Bill" / "William": a short form the
 *   list of short forms gives for exactly one other given name written with that surname (givenNames.ts
 *   `SHORT_FORMS`), and no other given name there that begins with it ("Alex" beside "Alexander" and "Alexej" stays
 *   three people); a name that merely begins another is no short form ("Leo" / "Leonid", "Julia" / "Julian",
 *   "Franz" / "Franziska", "Anna" / "Annalena" stay two);
 * - initials with or without dots and spaces: "J. D. Vance", "J.D. Vance", "JD Vance".
 * The spelling the corpus writes most becomes the name (discoveryAssembly.ts); the evidence adds up.
 *
 * Cost: a map entry per person and, per surname skeleton, a comparison of its given names (a handful each).
 */
import { SHORT_FORMS } from "./givenNames.js";
import { skeleton } from "./nameFolding.js";

/** Per short form's skeleton, the skeletons of the full names it stands for (givenNames.ts `SHORT_FORMS`). */
const SHORT_FORM_SKELETONS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  [...SHORT_FORMS].map(([short, fulls]) => [skeleton(short), new Set([...fulls].map(skeleton))]),
);
/** An initial: "J.", "D", "JD", "J.D.". */
const INITIAL = /^(?:\p{Lu}{1,2}|(?:\p{Lu}\.)+)$/u;

/** What merging needs of a person (discoveryAssembly.ts's Person). */
export interface Mergeable {
  key: string;
  fullNames: Map<string, number>;
  surnames: Map<string, number>;
  roles: Map<string, { count: number; date: string }>;
  evidence: number;
}

/** The given name a person is known by: its first word ("Juri Wiktorowitsch" → "juri"), or all its initials ("J. D." → "jd"). */
export function givenKey(given: string): string {
  const words = given.split(/\s+/u);
  let n = 1;
  while (n < words.length && INITIAL.test(words[n - 1]!) && INITIAL.test(words[n]!)) n++;
  return skeleton(words.slice(0, n).join(""));
}

/** A person's key: surname key, "|", given key (discoveryAssembly.ts). */
const parts = (key: string): [string, string] => {
  const bar = key.lastIndexOf("|");
  return [key.slice(0, bar), key.slice(bar + 1)];
};

/**
 * Joins the people who are one person (this file's header), each into the one with more evidence (on a tie: the one
 * met first, or the one with the longer given name), and removes the joined from `people`. Returns the key of each joined person → the person it joined.
 */
export function mergeSpellings<P extends Mergeable>(people: Map<string, P>): Map<string, P> {
  const joined = new Map<string, P>();
  const join = (from: P, into: P) => {
    add(into.fullNames, from.fullNames);
    add(into.surnames, from.surnames);
    for (const [role, r] of from.roles) {
      const own = into.roles.get(role);
      into.roles.set(role, own ? { count: own.count + r.count, date: r.date > own.date ? r.date : own.date } : { ...r });
    }
    into.evidence += from.evidence;
    people.delete(from.key);
    joined.set(from.key, into);
    for (const [k, p] of joined) if (p === from) joined.set(k, into);
  };
  const bySkeleton = new Map<string, Map<string, P>>();
  for (const p of people.values()) {
    const [surname, given] = parts(p.key);
    if (!given) continue;
    const sk = skeleton(surname);
    const group = bySkeleton.get(sk) ?? new Map<string, P>();
    bySkeleton.set(sk, group);
    const same = group.get(given);
    if (!same) group.set(given, p);
    else if (p.evidence > same.evidence) {
      join(same, p);
      group.set(given, p);
    } else join(p, same);
  }
  for (const group of bySkeleton.values()) {
    for (const short of [...group.keys()]) {
      const fulls = SHORT_FORM_SKELETONS.get(short);
      if (!fulls) continue;
      // The full names it may stand for, and any other name it begins ("Alex": "Alexander" and "Alexej").
      const longer = [...group.keys()].filter((g) => g !== short && (fulls.has(g) || g.startsWith(short)));
      if (longer.length !== 1 || !fulls.has(longer[0]!)) continue;
      const [a, b] = [group.get(short)!, group.get(longer[0]!)!];
      if (b.evidence >= a.evidence) join(a, b);
      else {
        join(b, a);
        group.set(longer[0]!, a);
      }
      group.delete(short);
    }
  }
  return joined;
}

function add(into: Map<string, number>, from: Map<string, number>): void {
  for (const [k, n] of from) into.set(k, (into.get(k) ?? 0) + n);
}
