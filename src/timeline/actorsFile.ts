/**
 * The actors file (`corpus/actors.json`): the people the bot can recognise in articles,
 * kept as data so a maintainer can add a person, a spelling or a role without code.
 *
 * @example
 * { "version": 1,
 *   "actors": [
 *     { "id": "lawrow", "name": "Sergej Lawrow", "aliases": ["Lawrow", "Lavrov"],
 *       "roles": [{ "title": "russischer Außenminister", "aliases": ["Russlands Außenminister"],
 *                   "unambiguous": true, "from": "2004-03-09" }],
 *       "description": "Außenminister Russlands seit 2004" } ] }
 *
 * Rules enforced here (so the matcher can rely on them):
 * - ids are unique, lower-case ASCII slugs;
 * - a name or alias (after case/diacritic folding) belongs to one actor only;
 * - role periods are "YYYY-MM" or "YYYY-MM-DD", inclusive, with `from` not after `to`.
 * A role title may be shared by several actors (e.g. "Bundeskanzler" for Scholz, then Merz):
 * the matcher attributes it only when exactly one holder is in office at the given date.
 */
import { z } from "zod";
import { readCapped } from "../util/cappedFile.js";
import { formatZodError } from "../util/text.js";
import { MAX_ACTORS_PER_FILE, MAX_ALIASES_PER_ACTOR, MAX_ALIASES_PER_ROLE, MAX_DATA_FILE_BYTES, MAX_ROLES_PER_ACTOR, tooLarge } from "../config/limits.js";
import { foldName } from "./nameFolding.js";
import { isCalendarDay } from "../util/isoDates.js";

export const ACTORS_FILE = "actors.json";

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** "YYYY-MM" or a calendar-valid "YYYY-MM-DD". */
export const periodDateSchema = z
  .string()
  .refine((s) => MONTH_RE.test(s) || (DAY_RE.test(s) && isCalendarDay(s)), "expected YYYY-MM or YYYY-MM-DD");

const text = z.string().trim().min(1, "must not be empty").max(200);

export const actorRoleSchema = z
  .strictObject({
    /** German role title as articles write it, nominative singular: "russischer Außenminister". */
    title: text,
    /** Other ways to write the same role: "Russlands Außenminister", "Außenminister Russlands". */
    aliases: z.array(text).max(MAX_ALIASES_PER_ROLE, `at most ${MAX_ALIASES_PER_ROLE} aliases per role`).default([]),
    /** true only if, within the period, this title names exactly this person ("US-Außenminister" in 2025). */
    unambiguous: z.boolean(),
    /** First day/month in office (inclusive). */
    from: periodDateSchema.optional(),
    /** Last day/month in office (inclusive). Omit while in office. */
    to: periodDateSchema.optional(),
  })
  .refine((r) => r.from === undefined || r.to === undefined || r.from.slice(0, r.to.length) <= r.to, {
    message: "from must not be after to",
    path: ["to"],
  });

export const actorSchema = z.strictObject({
  /** Stable slug used in commands and links: "lawrow". */
  id: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, "expected a lower-case slug like \"lawrow\""),
  /** German display name: "Sergej Lawrow". */
  name: text,
  /** Surnames and spellings users and articles use: German, English, other transliterations. */
  aliases: z.array(text).max(MAX_ALIASES_PER_ACTOR, `at most ${MAX_ALIASES_PER_ACTOR} aliases per actor`).default([]),
  roles: z.array(actorRoleSchema).max(MAX_ROLES_PER_ACTOR, `at most ${MAX_ROLES_PER_ACTOR} roles per actor`).default([]),
  /** Short German description for answers and autocomplete. */
  description: z.string().trim().min(1).max(300).optional(),
});

export const actorsFileSchema = z
  .strictObject({
    $comment: z.string().optional(),
    version: z.literal(1),
    actors: z
      .array(actorSchema)
      .min(1, "must list at least one actor")
      .max(MAX_ACTORS_PER_FILE, `at most ${MAX_ACTORS_PER_FILE} actors per file`),
  })
  .superRefine((file, ctx) => {
    const ids = new Map<string, number>();
    const owners = new Map<string, { actor: number; id: string }>();
    file.actors.forEach((actor, i) => {
      const seen = ids.get(actor.id);
      if (seen !== undefined) {
        ctx.addIssue({ code: "custom", path: ["actors", i, "id"], message: `duplicate id "${actor.id}" (also actors[${seen}])` });
      } else {
        ids.set(actor.id, i);
      }
      const spellings: Array<[string, (string | number)[]]> = [
        [actor.name, ["actors", i, "name"]],
        ...actor.aliases.map((a, j): [string, (string | number)[]] => [a, ["actors", i, "aliases", j]]),
      ];
      for (const [spelling, path] of spellings) {
        const key = foldName(spelling);
        if (key === "") {
          ctx.addIssue({ code: "custom", path, message: `"${spelling}" has no letters` });
          continue;
        }
        const owner = owners.get(key);
        if (owner && owner.actor !== i) {
          ctx.addIssue({ code: "custom", path, message: `"${spelling}" is already a name or alias of "${owner.id}"` });
        } else if (!owner) {
          owners.set(key, { actor: i, id: actor.id });
        }
      }
    });
  });

export type ActorsFile = z.infer<typeof actorsFileSchema>;
export type Actor = ActorsFile["actors"][number];
export type ActorRole = Actor["roles"][number];

export type LoadActorsResult = { ok: true; actors: Actor[] } | { ok: false; error: string };

/** Missing keys read "Required" rather than zod's "expected string, received undefined". */
const errorMap: z.core.$ZodErrorMap = (issue) =>
  issue.code === "invalid_type" && issue.input === undefined ? "Required" : undefined;

/**
 * Validates already-parsed JSON. `label` names the source in messages.
 * Errors read `actors: <label>: <path>: <message>`, e.g. `actors: corpus/actors.json: actors[3].id: Required`;
 * up to three issues, one a line, and a count of the rest.
 */
export function parseActors(data: unknown, label: string = ACTORS_FILE): LoadActorsResult {
  const parsed = actorsFileSchema.safeParse(data, { error: errorMap });
  if (parsed.success) return { ok: true, actors: parsed.data.actors };
  return { ok: false, error: formatZodError(`actors: ${label}`, parsed.error, { max: 3 }) };
}

/** Parses JSON text; syntax errors become `actors: <label>: invalid JSON: …`. */
export function parseActorsJson(json: string, label: string = ACTORS_FILE): LoadActorsResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, error: `actors: ${label}: invalid JSON: ${(e as Error).message}` };
  }
  return parseActors(data, label);
}

/** Reads and validates the actors file at `path` (the path is echoed in error messages). Never throws. */
export function loadActors(path: string): LoadActorsResult {
  let json: string;
  try {
    const read = readCapped(path, MAX_DATA_FILE_BYTES);
    if ("tooLarge" in read) return { ok: false, error: `actors: ${path}: ${tooLarge(read.tooLarge, MAX_DATA_FILE_BYTES)}` };
    json = new TextDecoder().decode(read);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, error: `actors: ${path}: cannot read file${code ? ` (${code})` : ""}` };
  }
  return parseActorsJson(json.replace(/^\uFEFF/, ""), path);
}
