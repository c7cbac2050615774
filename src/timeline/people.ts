/**
 * People's names and descriptions in a reader's language. German ones come from the model (corpus/actors.json);
 * English ones from the model when it carries them (`nameEn` / `descriptionEn`), else from
 * src/timeline/actors.en.json by actor id, else the German ones. Plain data beside the actors file: the renderers and
 * the core's English profile (src/core/profileEnglish.ts) read the same names.
 */
import actorsEn from "./actors.en.json" with { type: "json" };

/** The languages a person is named in. */
type Lang = "de" | "en";

export interface Person {
  id: string;
  name: string;
  description?: string;
  nameEn?: string;
  descriptionEn?: string;
}

const EN: Record<string, { name?: string; description?: string } | string> = actorsEn;

function english(id: string): { name?: string; description?: string } {
  const entry = Object.hasOwn(EN, id) ? EN[id] : undefined;
  return typeof entry === "object" && entry !== null ? entry : {};
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

export function personName(person: Person, lang: Lang): string {
  if (lang === "de") return person.name;
  return text(person.nameEn) ?? english(person.id).name ?? person.name;
}

export function personDescription(person: Person, lang: Lang): string | undefined {
  if (lang === "de") return text(person.description);
  return text(person.descriptionEn) ?? english(person.id).description ?? text(person.description);
}
