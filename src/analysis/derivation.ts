/**
 * German word formation between a place and its adjective: "Italien" ↔ "italienisch", "Russland" ↔ "russisch",
 * "Spanien" ↔ "spanisch", "Schweden" ↔ "schwedisch", "Ukraine" ↔ "ukrainisch", "Türkei" ↔ "türkisch", "Kanada" ↔
 * "kanadisch", "Amerika" ↔ "amerikanisch", "China" ↔ "chinesisch", "Mexiko" ↔ "mexikanisch", "Iran" ↔ "iranisch",
 * "Deutschland" ↔ "deutsch", "England" ↔ "englisch", "Ungarn" ↔ "ungarisch". A question names the country where
 * the article writes "die italienische Ministerpräsidentin", and the reverse.
 *
 * The rules are the regular suffixes, not a list of countries: they propose spellings, most of which are no words at
 * all, and the caller keeps those its corpus uses. Irregular pairs ("Frankreich" ↔ "französisch", "Polen" ↔
 * "polnisch") are left to the synonym lists.
 *
 * @example
 *   placeDerivations("italien", true)        // → ["italienisch", "italisch", "italianisch"]
 *   placeDerivations("italienischen", false) // → ["italienland", "italienien", …, "italien"]
 */

/** An adjective's ending: -isch and its inflections. */
const ADJECTIVE = /^(.{2,}?)isch(?:e|en|er|es|em)?$/;
/** "deutsch", "deutsche": an adjective in -sch that is not -isch. */
const SCH_ADJECTIVE = /^(.{3,}sch)(?:e|en|er|es|em)?$/;

/** Whether the rules apply to a folded word: long enough, and of the basic Latin letters only. */
function derivable(folded: string, minLength: number): boolean {
  return folded.length >= minLength && /^[a-z]+$/.test(folded);
}

/** Candidate spellings (folded: lower case, umlauts and ß folded) derived from `folded`; none for short words. */
export function placeDerivations(folded: string, noun: boolean): string[] {
  if (!derivable(folded, 4)) return [];
  return [...new Set(noun ? adjectivesOf(folded) : placesOf(folded))].filter((w) => w !== folded);
}

/** A place's adjectives: the suffix replaced by -isch (and -anisch, -esisch after -a, -o, -ien). */
function adjectivesOf(place: string): string[] {
  const out = [`${place}isch`];
  const strip = (suffix: string) => (place.endsWith(suffix) ? place.slice(0, -suffix.length) : null);
  const land = strip("land");
  if (land) {
    out.push(`${land}isch`, `${land}lisch`);
    if (land.endsWith("en")) out.push(`${land.slice(0, -2)}isch`);
    if (land.endsWith("sch")) out.push(land);
  }
  const ien = strip("ien");
  if (ien) out.push(`${ien}isch`, `${ien}ianisch`);
  const en = strip("en");
  if (en && !ien) out.push(`${en}isch`);
  const a = strip("a");
  if (a) out.push(`${a}isch`, `${place}nisch`, `${a}esisch`);
  const e = strip("e");
  if (e) out.push(`${e}isch`);
  const ei = strip("ei");
  if (ei) out.push(`${ei}isch`);
  // "Ungarn" ↔ "ungarisch": an -n after a consonant is dropped ("Iran" keeps its -n: "iranisch").
  if (/[^aeiouy]n$/.test(place)) out.push(`${place.slice(0, -1)}isch`);
  const o = strip("o");
  if (o) out.push(`${o}anisch`);
  return out;
}

/** An adjective's places: -isch replaced by -land, -ien, -en, -n, -a, -e, -ei, or nothing. */
function placesOf(adjective: string): string[] {
  const match = ADJECTIVE.exec(adjective);
  if (!match) {
    const sch = SCH_ADJECTIVE.exec(adjective);
    return sch ? [`${sch[1]}land`] : [];
  }
  const base = match[1]!;
  const out = [`${base}land`, `${base}and`, `${base}ien`, `${base}en`, `${base}n`, `${base}a`, `${base}e`, `${base}ei`, base];
  if (base.endsWith("ian")) out.push(`${base.slice(0, -3)}ien`);
  if (base.endsWith("an")) out.push(`${base.slice(0, -2)}a`, `${base.slice(0, -2)}o`);
  if (base.endsWith("es")) out.push(`${base.slice(0, -2)}a`);
  return out;
}

/** A noun of quality: its base and suffix ("stabil|itat", "frei|heit", "schnell|igkeit"), inflected or not. */
const QUALITY_NOUN = /^(.{3,}?)(itat|igkeit|heit|keit)(?:en)?$/;
/** An adjective's inflection and comparative endings, taken off before a suffix is put on. */
const ADJECTIVE_ENDINGS = ["", "e", "en", "er", "es", "em", "ere", "eren", "erer", "eres", "erem"] as const;

/**
 * Candidate spellings (folded) of an adjective's noun of quality, or of a noun's adjective: "intensiv(er)" ↔ "Intensität",
 * "stabil" ↔ "Stabilität", "frei" ↔ "Freiheit", "schnell" ↔ "Schnelligkeit" (the stemmer already joins most pairs in
 * -heit and -keit, not those in -ität). `noun`: the word is a noun (only nouns give adjectives, only other words give
 * nouns: "Kinder" is no "Kindheit"). Like {@link placeDerivations}, the rules propose spellings; the caller keeps those
 * its corpus uses.
 *
 * @example
 *   qualityDerivations("intensiver", false) // → […, "intensivitat", "intensitat", …]
 *   qualityDerivations("stabilitat", true)  // → ["stabil"]
 */
export function qualityDerivations(folded: string, noun: boolean): string[] {
  if (!derivable(folded, 4)) return [];
  if (noun) {
    const match = QUALITY_NOUN.exec(folded);
    if (!match) return [];
    const base = match[1]!;
    // "Intensität" is the one noun in -ität whose adjective ends in -iv without it ("Aktivität" keeps it).
    return match[2] === "itat" ? [base, `${base}iv`] : [base];
  }
  const out = new Set<string>();
  for (const ending of ADJECTIVE_ENDINGS) {
    if (!folded.endsWith(ending)) continue;
    const base = folded.slice(0, folded.length - ending.length);
    if (base.length < 4) continue;
    for (const suffix of ["itat", "heit", "keit", "igkeit"]) out.add(`${base}${suffix}`);
    if (base.endsWith("iv")) out.add(`${base.slice(0, -2)}itat`);
  }
  return [...out];
}

/** A noun of action in -ung and its plural. */
const ACTION_NOUN = /^(.{3,}?)ung(?:en)?$/;
/** Verb forms: infinitive, participle and simple past endings (folded); "ge-" of the participle is taken off too. */
const VERB_ENDINGS = ["eten", "ete", "ten", "te", "en", "et", "t", "n"];

/**
 * A noun of action and its verb: "Verhandlung" ↔ "verhandeln", "Forderung" ↔ "fordern", "Warnung" ↔ "warnte",
 * "Lieferung" ↔ "geliefert", "Absicherung" ↔ "absichern" (Snowball joins some pairs, not those in -eln and -ern, nor
 * "Warnung"). `noun`: the word is a noun (nouns give verbs, other words give nouns). Like the others, the rules propose
 * spellings; the caller keeps those its corpus uses.
 *
 * @example
 *   actionDerivations("verhandlung", true) // → ["verhandeln", "verhandlen"]
 *   actionDerivations("geliefert", false)  // → […, "lieferung", …]
 */
export function actionDerivations(folded: string, noun: boolean): string[] {
  if (!derivable(folded, 5)) return [];
  if (noun) {
    const match = ACTION_NOUN.exec(folded);
    if (!match) return [];
    const base = match[1]!;
    // "verhandl" → "verhandeln", "forder" → "fordern", "warn" → "warnen".
    if (/[^aeiou][lr]$/.test(base)) return [`${base.slice(0, -1)}e${base.slice(-1)}n`, `${base}en`];
    if (/e[lr]$/.test(base)) return [`${base}n`];
    return [`${base}en`];
  }
  const out = new Set<string>();
  const stem = folded.startsWith("ge") && folded.length > 6 ? [folded, folded.slice(2)] : [folded];
  for (const word of stem) {
    for (const ending of VERB_ENDINGS) {
      if (!word.endsWith(ending)) continue;
      const base = word.slice(0, word.length - ending.length);
      if (base.length < 3) continue;
      // "verhandel" → "verhandlung"; "forder" → "forderung".
      out.add(/[^aeiou]el$/.test(base) ? `${base.slice(0, -2)}lung` : `${base}ung`);
    }
  }
  return [...out];
}
