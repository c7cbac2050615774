/**
 * The English forms of the corpus profile (src/corpus/profile.ts `EnglishForms`): a curated actor's English display
 * name (src/timeline/people.ts, "Sergej Lawrow" → "Sergey Lavrov"; discovered people keep their name) and a topic noun
 * as the glossary translates it (src/analysis/englishNouns.ts, "Moskau" → "Moscow").
 */
import { englishNouns } from "../analysis/englishNouns.js";
import type { Lexicon } from "../analysis/lexicon.js";
import type { EnglishForms } from "../corpus/profile.js";
import type { Actor } from "../timeline/actorsFile.js";
import { personName } from "../timeline/people.js";

export function profileEnglish(curated: readonly Actor[], lexicon: Pick<Lexicon, "glossary" | "general">): EnglishForms {
  const names = new Map<string, string>();
  for (const actor of curated) if (!names.has(actor.name)) names.set(actor.name, personName(actor, "en"));
  return { person: (name) => names.get(name) ?? name, topic: englishNouns(lexicon) };
}
