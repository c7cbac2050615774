/**
 * The actor matcher's patterns (actorMatch.ts): an alias or role title, folded, becomes a regular expression body
 * ("putin(?:'?s)?", "russisch(?:er|en|…)\s+aussenminist(?:er|ers|…)") found as a whole word in folded text.
 */

/** How a mention was found: by a name or alias, or by a role title. */
export type MentionVia = "alias" | "role";

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&");
const BEFORE = "(?<![\\p{L}\\p{N}\\p{M}])";
const AFTER = "(?![\\p{L}\\p{N}\\p{M}])";

/** The longest word of a folded name or title without its last two letters (role titles inflect). */
function needleOf(folded: string): string {
  const longest = folded.split(/[\s-]+/).reduce((a, b) => (b.length > a.length ? b : a), "");
  return longest.length > 5 ? longest.slice(0, -2) : longest.slice(0, 3);
}

/** A folded name; genitive "-s", "'s" and (after s/x/z) a bare apostrophe are allowed. */
export function aliasBody(folded: string): string {
  const words = folded.split(" ").map(escapeRe).join("\\s+");
  const apostrophe = /[sxz]$/u.test(folded) ? "|'" : "";
  return `${words}(?:'?s${apostrophe})?`;
}

/**
 * A folded role title, each word with German case endings: "russischer aussenminister" also matches
 * "russischen aussenministers"; "us-sondergesandter" matches "us-sondergesandte(n)".
 * Words of up to three letters ("der", "für", "usa") are literal.
 */
export function roleBody(folded: string): string {
  return folded
    .split(" ")
    .map((w) => {
      if (w.length <= 3) return escapeRe(w);
      if (w.endsWith("er")) return `${escapeRe(w.slice(0, -2))}(?:er|ers|ern|e|en|em|es)`;
      if (w.endsWith("e")) return `${escapeRe(w.slice(0, -1))}(?:e|er|en|em|es)`;
      if (w.endsWith("in")) return `${escapeRe(w)}(?:nen)?`;
      return `${escapeRe(w)}(?:s|es|n|en)?`;
    })
    .join("\\s+");
}

/** Words of a folded text, as pattern lookups see them. */
export const WORD_SPLIT = /[^\p{L}\p{N}\p{M}]+/u;

/** The first three letters of the first word: every inflection and compound a pattern matches starts with them. */
export function startKey(folded: string): string {
  const first = folded.split(WORD_SPLIT).find((w) => w.length > 0) ?? "";
  return first.slice(0, 3);
}

export interface RoleHolder {
  actorId: string;
  unambiguous: boolean;
  from?: string;
  to?: string;
}

/** A letter, digit or mark at `lastIndex` / right before it: what may not touch a match on either side (sticky, so whole code points are read). */
const WORD_CHAR_AT = /[\p{L}\p{N}\p{M}]/uy;
const WORD_CHAR_BEFORE = /(?<=[\p{L}\p{N}\p{M}])/uy;

/** Whether the code point that ends right before `at` is a letter, digit or mark. */
function wordCharBefore(text: string, at: number): boolean {
  WORD_CHAR_BEFORE.lastIndex = at;
  return WORD_CHAR_BEFORE.test(text);
}

/** Whether the code point at `at` is a letter, digit or mark. */
function wordCharAt(text: string, at: number): boolean {
  WORD_CHAR_AT.lastIndex = at;
  return WORD_CHAR_AT.test(text);
}

/**
 * The spans `[start, end)` of `text` where `plain` (flags "gu") matches with no letter, digit or mark on either
 * side, left to right, not overlapping: what `plain` between the lookarounds `(?<![\p{L}\p{N}\p{M}])` and
 * `(?![\p{L}\p{N}\p{M}])` finds. A start with a word character before it is skipped, as the lookbehind would;
 * when the first (greedy) match ends before a word character, `bounded` (the expression with the lookarounds,
 * flags "uy") decides at that start, since a shorter form may still fit ("putin" in "putin'sche", where "putin's"
 * does not).
 */
export function* wholeWordSpans(text: string, plain: RegExp, bounded: () => RegExp): Generator<[number, number]> {
  let from = 0;
  while (from < text.length) {
    plain.lastIndex = from;
    const m = plain.exec(text);
    if (m === null) return;
    const start = m.index;
    const next = start + ((text.charCodeAt(start) & 0xfc00) === 0xd800 ? 2 : 1);
    if (wordCharBefore(text, start)) {
      from = next;
      continue;
    }
    let end = start + m[0].length;
    if (wordCharAt(text, end)) {
      const sticky = bounded();
      sticky.lastIndex = start;
      const b = sticky.exec(text);
      if (b === null) {
        from = next;
        continue;
      }
      end = start + b[0].length;
    }
    yield [start, end];
    from = end > start ? end : next;
  }
}

/**
 * A folded alias or title and its pattern body: where it stands in a text as a whole word (`matches`) and what
 * matches it whole (`exact`). The word boundaries are checked here, not by lookarounds in each expression: the
 * Unicode classes of two lookarounds cost ~0.8 ms per expression to parse and compile, ~0.3 s of every load and
 * reload of the seed corpus. Expressions are made on first use, and a text runs only the patterns whose needle it holds.
 */
export class Pattern {
  /** A literal every match contains: patterns whose needle is absent are skipped without running the regex. */
  readonly needle: string;
  private plain: RegExp | undefined;
  private bounded: RegExp | undefined;
  private whole: RegExp | undefined;

  /**
   * @param source the folded name or title the pattern was made from
   * @param actorId alias patterns: the actor
   * @param holders role patterns: all holders of the (folded) title
   */
  constructor(
    readonly source: string,
    private readonly body: string,
    readonly kind: MentionVia,
    readonly actorId: string | undefined,
    readonly holders: RoleHolder[] | undefined,
  ) {
    this.needle = needleOf(source);
  }

  /** The spans of `text` where the body stands as a whole word (see {@link wholeWordSpans}). */
  matches(text: string): Generator<[number, number]> {
    this.plain ??= new RegExp(this.body, "gu");
    return wholeWordSpans(text, this.plain, () => {
      this.bounded ??= new RegExp(`${BEFORE}${this.body}${AFTER}`, "uy");
      return this.bounded;
    });
  }

  get exact(): RegExp {
    this.whole ??= new RegExp(`^${this.body}$`, "u");
    return this.whole;
  }
}
