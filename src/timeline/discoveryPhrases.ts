/**
 * The tokens of one article as actor discovery (discoverActors.ts) reads them: positions and word ids in typed arrays
 * (discoveryTokens.ts, discoveryWords.ts), strings made only where a rule needs one; and the role phrases around
 * a name: a role before it in the nominative ("des ukrainischen Verteidigungsministers" → "ukrainischer
 * Verteidigungsminister"), a role in apposition after or before it.
 */
import { scanDiscoveryTokens, TokenBuffer } from "./discoveryTokens.js";
import {
  ADJECTIVAL_HEADS, ADJECTIVE, BARE_ADJECTIVE, DETERMINERS, type DiscoveryWords, INITIALS_WORD, NAME_WORD, PREPOSITIONS, type RoleWord,
  TRIGGER_ONLY, WEAK_HEADS,
} from "./discoveryWords.js";

const COMMA = 0x2c;

/** One article's tokens, reused from article to article. Indexes out of range are no token (not a word, no text). */
export class ArticleTokens {
  text = "";
  count = 0;
  /** Per token: its word id, or -1 for punctuation and paragraph breaks. */
  ids = new Int32Array(0);
  private readonly buffer = new TokenBuffer();

  constructor(readonly words: DiscoveryWords) {}

  read(text: string): void {
    const buffer = this.buffer;
    scanDiscoveryTokens(text, buffer);
    this.text = text;
    this.count = buffer.count;
    if (this.ids.length < buffer.count) this.ids = new Int32Array(buffer.starts.length);
    const { starts, ends, units, hashes } = buffer;
    for (let k = 0; k < buffer.count; k++) this.ids[k] = units[k] === 0 ? this.words.id(text, starts[k]!, ends[k]!, hashes[k]!) : -1;
  }

  start(k: number): number {
    return this.buffer.starts[k]!;
  }

  end(k: number): number {
    return this.buffer.ends[k]!;
  }

  word(k: number): boolean {
    return k >= 0 && k < this.count && this.ids[k]! >= 0;
  }

  /** The token's text ("" out of range). */
  str(k: number): string {
    if (k < 0 || k >= this.count) return "";
    const id = this.ids[k]!;
    return id >= 0 ? this.words.text(id) : this.text.slice(this.buffer.starts[k], this.buffer.ends[k]);
  }

  /** Whether token k is the punctuation `unit` (one UTF-16 unit). */
  is(k: number, unit: number): boolean {
    return k >= 0 && k < this.count && this.buffer.units[k] === unit;
  }

  role(k: number): RoleWord | undefined {
    return this.word(k) ? this.words.roles[this.ids[k]!] : undefined;
  }

  /** A word that can stand in a name. */
  nameWord(k: number): boolean {
    return this.word(k) && (this.words.flags[this.ids[k]!]! & NAME_WORD) !== 0;
  }

  initials(k: number): boolean {
    return this.word(k) && (this.words.flags[this.ids[k]!]! & INITIALS_WORD) !== 0;
  }
}

/**
 * The role a phrase gives, in the nominative: "der ukrainische Verteidigungsminister" and "des ukrainischen
 * Verteidigungsministers" → "ukrainischer Verteidigungsminister"; "die EU-Außenbeauftragte" stays; a
 * complement ("Chef des russischen Staatsfonds") is kept verbatim.
 */
export function describeRole(tokens: ArticleTokens, at: number, complementEnd?: number): string | undefined {
  const role = tokens.role(at);
  if (!role || TRIGGER_ONLY.has(role.head)) return undefined;
  // Words before the role: up to two adjectives and a genitive ("Ungarns"), then perhaps a determiner.
  let from = at;
  let adjectives = 0;
  while (from > 0 && adjectives < 2 && tokens.word(from - 1) && ADJECTIVE.test(tokens.str(from - 1)) && !DETERMINERS.has(tokens.str(from - 1))) {
    from--;
    adjectives++;
  }
  // "gehörte Kremlberater …" is a verb, not an adjective: adjectives need an article or preposition before them, or an adjective's form.
  const opener = from - 1;
  const introduced = !tokens.word(opener) || DETERMINERS.has(tokens.str(opener).toLowerCase()) || PREPOSITIONS.has(tokens.str(opener).toLowerCase());
  while (from < at && !introduced && !BARE_ADJECTIVE.test(tokens.str(from))) from++;
  const genitive = from - 1;
  if (tokens.nameWord(genitive) && /s$/u.test(tokens.str(genitive))) from--;
  const det = from - 1;
  const feminine = role.suffix === "in" || (tokens.word(det) && tokens.str(det).toLowerCase() === "die" && role.suffix === "");
  const words: string[] = [];
  for (let i = from; i < at; i++) {
    const w = tokens.str(i);
    words.push(ADJECTIVE.test(w) ? w.replace(/(?:e|en|er|es|em)$/u, feminine ? "e" : "er") : w);
  }
  const masculine = !feminine && tokens.word(det) && tokens.str(det).toLowerCase() === "der" && role.suffix === "";
  words.push(nominative(tokens.str(at), role, feminine, masculine));
  const complement = complementEnd !== undefined ? tokens.text.slice(tokens.end(at), complementEnd).replace(/\s+/gu, " ").trimEnd() : "";
  return `${words.join(" ")}${complement}`.trim();
}

function nominative(word: string, role: RoleWord, feminine: boolean, masculine: boolean): string {
  const base = word.slice(0, word.length - role.suffix.length);
  if (role.suffix === "in") return `${base}in`;
  // "die Außenbeauftragte" and a bare "Sondergesandter" stay; "der/dem Sondergesandte(n)" → "Sondergesandter".
  if (ADJECTIVAL_HEADS.has(role.head)) return role.suffix === "" && !masculine ? base : feminine ? base : `${base}r`;
  if (WEAK_HEADS.has(role.head) && role.head.endsWith("e")) return base;
  return base;
}

/** How far a complement after a role reaches at most, in words. */
const COMPLEMENT_WORDS = 10;

/** Where a complement after a role ends: the next comma, stop or bracket, at most {@link COMPLEMENT_WORDS} words on. */
function complementEnd(tokens: ArticleTokens, at: number): number | undefined {
  let end: number | undefined;
  for (let i = at + 1; i < tokens.count && i <= at + COMPLEMENT_WORDS; i++) {
    if (!tokens.word(i)) return tokens.is(i, COMMA) || tokens.is(i, 0x2e) || tokens.is(i, 0x3b) || tokens.is(i, 0x29) ? end : undefined;
    end = tokens.end(i);
  }
  return undefined;
}

/** "…, Chef des russischen Staatsfonds RDIF," after the name ending at token `last`. */
export function appositionAfter(tokens: ArticleTokens, last: number): string | undefined {
  if (!tokens.is(last + 1, COMMA)) return undefined;
  let at = last + 2;
  if (tokens.word(at) && DETERMINERS.has(tokens.str(at).toLowerCase())) at++;
  for (let k = 0; k < 2 && tokens.word(at) && ADJECTIVE.test(tokens.str(at)); k++) at++;
  if (!tokens.role(at)) return undefined;
  return describeRole(tokens, at, complementEnd(tokens, at));
}

/** How far before a name a role in apposition may start, in tokens. */
const APPOSITION_BEFORE_TOKENS = 8;

/** "den Schwiegersohn von Trump, Jared Kushner": a role phrase, a comma, then the name at token `first`. */
export function appositionBefore(tokens: ArticleTokens, first: number): string | undefined {
  const comma = first - 1;
  if (!tokens.is(comma, COMMA)) return undefined;
  for (let at = first - 2; at >= Math.max(0, first - APPOSITION_BEFORE_TOKENS); at--) {
    if (!tokens.word(at)) return undefined;
    if (tokens.role(at)) return describeRole(tokens, at, tokens.start(comma));
  }
  return undefined;
}
