/**
 * The Snowball German stemmer (snowballstem.org, "german": ß → ss, u and y between vowels kept apart, the three
 * suffix steps over the regions R1 and R2, umlauts folded last), written over an array of UTF-16 units instead of
 * Snowball's generic string machine: the index build stems ~1,000,000 words and word parts at 20,000 articles, and
 * the generated stemmer (`@orama/stemmers`) spent ~1.4 s of the build's ~5 s of analysis on them.
 *
 * It gives the generated stemmer's stem for every input: `test/analysis/germanStemmer.test.ts` compares both on
 * the dictionaries' words, the seed corpus's words and random strings over the letters the rules read.
 */

/** The units of the word being stemmed (reused; only the first `length` are the word's). */
let units = new Uint16Array(64);

const A = 0x61;
const E = 0x65;
const I = 0x69;
const N = 0x6e;
const U = 0x75;
const Y = 0x79;
const MARKED_U = 0x55;
const MARKED_Y = 0x59;
const A_UMLAUT = 0xe4;
const O_UMLAUT = 0xf6;
const U_UMLAUT = 0xfc;

/** Snowball's `v`: a e i o u y ä ö ü. */
function isVowel(c: number): boolean {
  return c === A || c === E || c === I || c === 0x6f || c === U || c === Y || c === A_UMLAUT || c === O_UMLAUT || c === U_UMLAUT;
}

/** Snowball's `s_ending`: b d f g h k l m n r t. */
function isSEnding(c: number): boolean {
  return c === 0x72 || isStEnding(c);
}

/** Snowball's `st_ending`: b d f g h k l m n t. */
function isStEnding(c: number): boolean {
  return c === 0x62 || c === 0x64 || c === 0x66 || c === 0x67 || c === 0x68 || c === 0x6b || c === 0x6c || c === 0x6d || c === N || c === 0x74;
}

/** Whether the first `end` units end with `suffix`. */
function endsWith(end: number, suffix: string): boolean {
  const from = end - suffix.length;
  if (from < 0) return false;
  for (let k = 0; k < suffix.length; k++) if (units[from + k] !== suffix.charCodeAt(k)) return false;
  return true;
}

/** The longest of `suffixes` (longest first) that the first `end` units end with, or "". */
function longestSuffix(end: number, suffixes: readonly string[]): string {
  // Most words end in a unit that no suffix of the step ends in.
  if (end === 0 || !LAST_UNITS.has(units[end - 1]!)) return "";
  for (const s of suffixes) if (endsWith(end, s)) return s;
  return "";
}

const STEP1 = ["ern", "em", "en", "er", "es", "e", "s"];
const STEP2 = ["est", "en", "er", "st"];
const STEP3 = ["heit", "isch", "keit", "lich", "end", "ung", "ig", "ik"];
const AFTER_KEIT = ["lich", "ig"];
/** The units the suffixes of all steps end in. */
const LAST_UNITS = new Set([...STEP1, ...STEP2, ...STEP3, ...AFTER_KEIT].map((s) => s.charCodeAt(s.length - 1)));

/** The postlude: marked u and y back to lower case, umlauts without their dots. */
const POSTLUDE: Record<number, number> = { [MARKED_U]: U, [MARKED_Y]: Y, [A_UMLAUT]: A, [O_UMLAUT]: 0x6f, [U_UMLAUT]: U };

/** The Snowball German stem of a word (lower case, as the analyzer folds it). */
export function germanStem(input: string): string {
  const word = input.includes("ß") ? input.replaceAll("ß", "ss") : input;
  let length = word.length;
  if (units.length < length) units = new Uint16Array(Math.max(length, units.length * 2));
  // Whether the postlude changes a unit: an umlaut, or an upper-case U or Y (Snowball's marks, lower-cased at the end).
  let changed = false;
  for (let i = 0; i < length; i++) {
    const c = word.charCodeAt(i);
    units[i] = c;
    if (POSTLUDE[c] !== undefined) changed = true;
  }
  // u and y between vowels are consonants: marked so that the regions and the suffixes do not take them for vowels.
  for (let i = 0; i + 2 < length; i++) {
    const next = units[i + 1]!;
    if ((next !== U && next !== Y) || !isVowel(units[i]!) || !isVowel(units[i + 2]!)) continue;
    units[i + 1] = next === U ? MARKED_U : MARKED_Y;
    changed = true;
  }
  regions(length);
  const r1 = regionR1;
  const r2 = regionR2;

  // Step 1.
  let suffix = longestSuffix(length, STEP1);
  if (suffix !== "" && length - suffix.length >= r1) {
    if (suffix === "s") {
      if (length >= 2 && isSEnding(units[length - 2]!)) length--;
    } else {
      length -= suffix.length;
      // "-nisse": "Ereignisse" → "ereignis".
      if ((suffix === "e" || suffix === "en" || suffix === "es") && endsWith(length, "niss")) length--;
    }
  }
  // Step 2.
  suffix = longestSuffix(length, STEP2);
  if (suffix !== "" && length - suffix.length >= r1) {
    if (suffix !== "st") length -= suffix.length;
    // "-st" after an st-ending that has three more units before it.
    else if (length >= 6 && isStEnding(units[length - 3]!)) length -= 2;
  }
  // Step 3.
  suffix = longestSuffix(length, STEP3);
  if (suffix !== "" && length - suffix.length >= r2) {
    const start = length - suffix.length;
    if (suffix === "end" || suffix === "ung") {
      length = start;
      if (endsWith(length, "ig") && !(length >= 3 && units[length - 3] === E) && length - 2 >= r2) length -= 2;
    } else if (suffix === "ig" || suffix === "ik" || suffix === "isch") {
      if (!(start >= 1 && units[start - 1] === E)) length = start;
    } else if (suffix === "lich" || suffix === "heit") {
      length = start;
      if ((endsWith(length, "er") || endsWith(length, "en")) && length - 2 >= r1) length -= 2;
    } else {
      length = start;
      const next = longestSuffix(length, AFTER_KEIT);
      if (next !== "" && length - next.length >= r2) length -= next.length;
    }
  }

  if (!changed) return word.slice(0, length);
  let out = "";
  for (let i = 0; i < length; i++) out += String.fromCharCode(POSTLUDE[units[i]!] ?? units[i]!);
  return out;
}

/**
 * R1 and R2: R1 starts after the first non-vowel that follows a vowel (at least 3 units in), R2 likewise after R1's
 * start; the word's end when there is none.
 */
function regions(length: number): void {
  regionR1 = length;
  regionR2 = length;
  if (length < 3) return;
  let i = afterVowelThenNonVowel(0, length);
  if (i < 0) return;
  regionR1 = Math.max(i, 3);
  i = afterVowelThenNonVowel(i, length);
  if (i >= 0) regionR2 = i;
}

/** What {@link regions} found for the word being stemmed. */
let regionR1 = 0;
let regionR2 = 0;

/** Past the first vowel from `from` and the first non-vowel after it; −1 when the word ends first. */
function afterVowelThenNonVowel(from: number, length: number): number {
  let i = from;
  while (i < length && !isVowel(units[i]!)) i++;
  if (i >= length) return -1;
  i++;
  while (i < length && isVowel(units[i]!)) i++;
  if (i >= length) return -1;
  return i + 1;
}
