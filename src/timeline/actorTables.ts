/**
 * The actor matcher's compiled tables (actorMatch.ts): the name and role-title patterns, indexed by the start of
 * their first word, and the folded spellings, name words and role texts that resolve, choices and suggest search.
 */
import type { Actor } from "./actorsFile.js";
import { aliasBody, Pattern, type RoleHolder, roleBody, startKey } from "./actorPatterns.js";
import { foldName, skeleton } from "./nameFolding.js";

export interface SpellingKey {
  actorId: string;
  folded: string;
  skel: string;
  isName: boolean;
  /** A word before the last of a multi-word spelling ("dmitri" of "Dmitri Peskow"): a given name. */
  given?: boolean;
}

export interface ActorTables {
  patterns: Pattern[];
  /** Names and aliases, folded, with their spelling skeletons. */
  keys: SpellingKey[];
  /** The words (three letters or more) of names and aliases. */
  tokens: SpellingKey[];
  /** Role titles and descriptions, folded, as autocomplete searches them. */
  roleTexts: Array<{ actorId: string; folded: string }>;
  /** Patterns by the start of their first word (see `startKey`). */
  byStart: Map<string, Pattern[]>;
}

export function compileActorTables(actors: readonly Actor[]): ActorTables {
  const patterns: Pattern[] = [];
  const keys: SpellingKey[] = [];
  const tokens: SpellingKey[] = [];
  const roleTexts: Array<{ actorId: string; folded: string }> = [];
  const seenAlias = new Set<string>();
  const roleGroups = new Map<string, RoleHolder[]>();

  for (const actor of actors) {
    const spellings = [actor.name, ...actor.aliases];
    spellings.forEach((s, i) => {
      const folded = foldName(s);
      if (!folded) return;
      keys.push({ actorId: actor.id, folded, skel: skeleton(folded), isName: i === 0 });
      const words = folded.split(/[ -]/u);
      words.forEach((t, w) => {
        if (t.length >= 3) tokens.push({ actorId: actor.id, folded: t, skel: skeleton(t), isName: false, given: w < words.length - 1 && folded.includes(" ") });
      });
      if (seenAlias.has(folded)) return;
      seenAlias.add(folded);
      patterns.push(new Pattern(folded, aliasBody(folded), "alias", actor.id, undefined));
    });
    // A description ("Kremlberater", "Außenminister Russlands seit 2004") is searched like a role title by autocomplete.
    if (actor.description) roleTexts.push({ actorId: actor.id, folded: foldName(actor.description) });
    for (const role of actor.roles) {
      for (const title of [role.title, ...role.aliases]) {
        const folded = foldName(title);
        if (!folded) continue;
        roleTexts.push({ actorId: actor.id, folded });
        const holder: RoleHolder = { actorId: actor.id, unambiguous: role.unambiguous, from: role.from, to: role.to };
        const group = roleGroups.get(folded);
        if (group) group.push(holder);
        else roleGroups.set(folded, [holder]);
      }
    }
  }
  for (const [folded, holders] of roleGroups) {
    patterns.push(new Pattern(folded, roleBody(folded), "role", undefined, holders));
  }

  // Patterns by the start of their first word: a text runs only the patterns whose first word could begin one of its
  // words, so the cost of `mentions` grows with the text, not with the number of actors.
  const byStart = new Map<string, Pattern[]>();
  for (const p of patterns) {
    const key = startKey(p.source);
    const list = byStart.get(key);
    if (list) list.push(p);
    else byStart.set(key, [p]);
  }
  return { patterns, keys, tokens, roleTexts, byStart };
}
