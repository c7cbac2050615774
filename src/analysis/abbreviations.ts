/** German abbreviations that end in a period without ending the sentence (sentences.ts). */
import { GERMAN_MONTH_ABBREVIATIONS } from "../util/calendar.js";

/** Abbreviations (folded to lower case, without the final period) that do not end a sentence. */
export const GERMAN_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "z", "b", "d", "h", "u", "a", "v", "o", "ä", "s", "vgl", "bzw", "ca", "etc", "evtl", "ggf", "inkl", "usw",
  "dr", "prof", "nr", "st", "str", "mio", "mrd", "bzgl", "gem", "jh", "jhd", "jr", "sen", "hl", "abs", "art",
  "ff", "mr", "mrs", "ms", "sog", "sogen", "zzgl", "dt", "engl", "frz", "russ", "ukr", "max", "min",
  ...Object.values(GERMAN_MONTH_ABBREVIATIONS).flat(), "allg", "bspw", "insb",
  "m", "l", "r", "li", "re", "vl", "vr", "hrsg", "tel", "ehem", "gen", "mind", "ebd", "lt", "ggü", "i",
  "us", "u.s", "v.l.n.r", "z.b", "u.a", "d.h", "o.ä", "s.o", "v.a", "i.d.r", "m.e", "n.chr", "v.chr",
]);
