/**
 * From what discovery found in the texts (discoverActors.ts) to actors: one person per surname and given name, the
 * spellings of one name joined (discoveryMerge.ts: "Kirill Dmitriew" / "Kirill Dmitrijew", "Dan" / "Daniel Driscoll"), a
 * surname alone joined to the person of that surname (or its spelling) named most often, aliases (full names, surnames, spelling
 * variants) that no other person or curated actor owns, and the most frequent roles as description.
 */
import type { ActorMatcher } from "./actorMatch.js";
import type { Actor } from "./actorsFile.js";
import { fold } from "./discoveryWords.js";
import { GIVEN_NAMES } from "./givenNames.js";
import { givenKey, mergeSpellings } from "./discoveryMerge.js";
import { foldName, skeleton } from "./nameFolding.js";

export interface DiscoveredActor extends Actor {
  /** Sentences-level evidence: how often a full name or a role introduced the person. */
  evidence: number;
}

export interface Hit {
  given?: string;
  surname: string;
  role?: string;
  /** "role": a role before the name; "given": a given name (listed, or taught by a role elsewhere). */
  via: "role" | "given";
  date: string;
  /** The same hit this many times in a row (1 when absent). */
  times?: number;
}

export interface AssemblyOptions {
  variants?: ReadonlyMap<string, string>;
  curated?: ActorMatcher;
  takenIds?: Iterable<string>;
  isWord?: (folded: string) => boolean;
}

interface Person {
  key: string;
  fullNames: Map<string, number>;
  surnames: Map<string, number>;
  roles: Map<string, { count: number; date: string }>;
  evidence: number;
}

/** `f` with its results kept per argument: the hits repeat few distinct names many times. */
function memo<T>(f: (s: string) => T): (s: string) => T {
  const known = new Map<string, T>();
  return (s) => {
    let v = known.get(s);
    if (v === undefined && !known.has(s)) {
      v = f(s);
      known.set(s, v);
    }
    return v as T;
  };
}

export function assemble(
  hits: Hit[],
  appositions: Map<string, Array<{ role: string; date: string }>>,
  isSurname: (w: string) => boolean,
  options: AssemblyOptions,
): DiscoveredActor[] {
  const variants = options.variants ?? new Map<string, string>();
  const surnameKey = memo((w: string) => {
    const f = fold(w);
    return variants.get(f) ?? variants.get(f.replace(/s$/u, "")) ?? f;
  });
  const givenOf = memo(givenKey);
  const givenName = memo((w: string) => GIVEN_NAMES.has(fold(w)));
  const people = new Map<string, Person>();
  const person = (key: string): Person => {
    let p = people.get(key);
    if (!p) {
      p = { key, fullNames: new Map(), surnames: new Map(), roles: new Map(), evidence: 0 };
      people.set(key, p);
    }
    return p;
  };
  const addRole = (p: Person, role: string | undefined, date: string) => {
    if (!role) return;
    const r = p.roles.get(role) ?? { count: 0, date };
    r.count++;
    if (date > r.date) r.date = date;
    p.roles.set(role, r);
  };

  // Full names first, one person per surname and given name ("Juri"/"Yuri" alike), so a surname alone can
  // join the person it belongs to: the one of that surname named most often.
  const bySurname = new Map<string, Person>();
  for (const h of hits) {
    if (!h.given || !isSurname(h.surname)) continue;
    const surname = surnameKey(h.surname);
    const p = person(`${surname}|${givenOf(h.given)}`);
    const full = `${h.given} ${h.surname}`;
    const times = h.times ?? 1;
    p.fullNames.set(full, (p.fullNames.get(full) ?? 0) + times);
    p.surnames.set(h.surname, (p.surnames.get(h.surname) ?? 0) + times);
    // A hit with `times` carries no role: one role is added per hit.
    addRole(p, h.role, h.date);
    // Only this person's evidence grows during the run, so comparing once at its end picks the same person as after each.
    p.evidence += times;
    const best = bySurname.get(surname);
    if (!best || p.evidence > best.evidence) bySurname.set(surname, p);
  }
  // Spellings of one person are one person (discoveryMerge.ts); a surname alone joins the person its spelling joined.
  const merged = mergeSpellings(people);
  const bySkeleton = new Map<string, Person>();
  for (const [surname, best] of bySurname) {
    const p = merged.get(best.key) ?? best;
    bySurname.set(surname, p);
    const other = bySkeleton.get(skeleton(surname));
    if (!other || p.evidence > other.evidence) bySkeleton.set(skeleton(surname), p);
  }
  /** People named by a surname alone, by its skeleton: "Medinski" and "Medinskij" are one. */
  const alone = new Map<string, Person>();
  const joinedBy = (surname: string) => bySurname.get(surname) ?? bySkeleton.get(skeleton(surname)) ?? alone.get(skeleton(surname));
  for (const h of hits) {
    if (h.given) continue;
    // A role with a surname alone: the surname must not be a given name or an ordinary word.
    if (!isSurname(h.surname) || givenName(h.surname)) continue;
    const surname = surnameKey(h.surname);
    let p = joinedBy(surname);
    if (!p) {
      p = person(`${surname}|`);
      alone.set(skeleton(surname), p);
    }
    p.surnames.set(h.surname, (p.surnames.get(h.surname) ?? 0) + 1);
    addRole(p, h.role, h.date);
    p.evidence++;
  }
  for (const [surname, roles] of appositions) {
    const p = joinedBy(surnameKey(surname));
    if (p) for (const r of roles) addRole(p, r.role, r.date);
  }
  return actors(people, variants, options);
}

/** The people as actors, most evidence first to own an alias; sorted by name. */
function actors(people: Map<string, Person>, variants: ReadonlyMap<string, string>, options: AssemblyOptions): DiscoveredActor[] {
  const curated = options.curated;
  const known = (name: string): boolean => {
    if (!curated) return false;
    const found = curated.mentions(name);
    return found.length === 1 && found[0]!.start === 0 && found[0]!.end === name.length;
  };
  const taken = new Set(options.takenIds ?? []);
  const owned = new Map<string, string>();
  const byVariantKey = new Map<string, string[]>();
  for (const [variant, canonical] of variants) byVariantKey.set(canonical, [...(byVariantKey.get(canonical) ?? []), variant]);

  const out: DiscoveredActor[] = [];
  const ordered = [...people.values()].sort((a, b) => b.evidence - a.evidence || a.key.localeCompare(b.key));
  for (const p of ordered) {
    const name = mostFrequent(p.fullNames) ?? mostFrequent(p.surnames)!;
    if (known(name) || (p.fullNames.size === 0 && [...p.surnames.keys()].some(known))) continue;
    // A surname alone must not be a German word ("den Journalisten Auskunft"); without a dictionary to ask, it must come twice.
    if (p.fullNames.size === 0) {
      const words = [...p.surnames.keys()].map(fold);
      if (options.isWord ? words.some(options.isWord) : p.evidence < 2) continue;
    }
    const spellings = [name, ...p.fullNames.keys(), ...p.surnames.keys(), ...(byVariantKey.get(p.key.split("|")[0]!) ?? []).map(capitalise)];
    const aliases: string[] = [];
    const seen = new Set<string>([foldName(name)]);
    for (const s of spellings) {
      const f = foldName(s);
      if (seen.has(f) || /s$/u.test(f) && seen.has(f.slice(0, -1))) continue;
      if (known(s) || (owned.has(f) && owned.get(f) !== p.key)) continue;
      seen.add(f);
      aliases.push(s);
    }
    for (const f of seen) owned.set(f, p.key);
    const id = uniqueId(slug(name), taken);
    taken.add(id);
    const description = describe(p.roles);
    out.push({ id, name, aliases, roles: [], ...(description ? { description } : {}), evidence: p.evidence });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name, "de") || a.id.localeCompare(b.id));
}

function mostFrequent(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let n = 0;
  for (const [k, c] of counts) if (c > n || (c === n && best !== undefined && k.length > best.length)) [best, n] = [k, c];
  return best;
}

/** How many roles a description names, and its length at most. */
const DESCRIPTION_ROLES = 2;
const DESCRIPTION_LENGTH = 300;

/** The two most frequent roles (ties: the more recent first), at most 300 characters. */
function describe(roles: Map<string, { count: number; date: string }>): string | undefined {
  // A bare role counts for the fuller one it ends ("Verteidigungsminister" → "ukrainischer Verteidigungsminister").
  const merged = new Map<string, { count: number; date: string }>([...roles].map(([k, v]) => [k, { ...v }]));
  for (const [role, r] of [...merged]) {
    const fuller = [...merged.entries()].filter(([k]) => k !== role && k.endsWith(` ${role}`)).sort((a, b) => b[1].count - a[1].count)[0];
    if (!fuller) continue;
    fuller[1].count += r.count;
    if (r.date > fuller[1].date) fuller[1].date = r.date;
    merged.delete(role);
  }
  const top = [...merged.entries()].sort((a, b) => b[1].count - a[1].count || b[1].date.localeCompare(a[1].date) || a[0].localeCompare(b[0]));
  const picked: string[] = [];
  for (const [role] of top) {
    if (picked.length >= DESCRIPTION_ROLES) break;
    if (picked.some((p) => foldName(p) === foldName(role))) continue;
    picked.push(role);
  }
  const text = picked.join("; ");
  return text ? text.slice(0, DESCRIPTION_LENGTH) : undefined;
}

const capitalise = (s: string) => s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());

/** "Viktor Orbán" → "viktor-orban": a slug the actors file would accept. */
export function slug(name: string): string {
  const s = foldName(name)
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-+|-+$/gu, "")
    .slice(0, 36)
    .replace(/-+$/u, "");
  return /^[a-z][a-z0-9-]{1,}$/u.test(s) ? s : `p-${s || "x"}`.slice(0, 36);
}

function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
