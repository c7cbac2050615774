/**
 * Component custom ids. All state a button needs lives in its id (≤ 100 chars), so buttons keep working
 * after a restart:
 * - `tl:<actorId>[+<withId>][@<from>..<to>]:<page>`, `src:<articleId>:<page>`: pagers (◀ ▶) of /timeline and /source;
 * - `ctx:<articleId>:<start>:<length>:<check>`: "Quelle öffnen", the paragraph around a quote
 *   (`check` is a short hash of the quoted text, so a changed article never marks the wrong words);
 * - `open:<articleId>:<page>`: the older "Quelle öffnen" (a page of the article), still understood;
 * - `txt:<articleId>`, `more:<questionKey>`;
 * - `fb:up` / `fb:down`: feedback on the answer the button is attached to (the message names the answer);
 * - `run:<id>`: runs the command behind `<id>` as a new message (`run:tl:lawrow:0`, `run:src:003:0`,
 *   `run:ask:<n>` for the n-th example question);
 * - `ask:<n>`: the n-th example question (only inside `run:`);
 * - `nop:<tag>`: a disabled label (page number, "Hilfreich?").
 * Select menus: `ctxm` (its values are `ctx:` ids), `runm:tl` (its values are actor ids).
 * Ids are parsed with zod: a forged id is just "stale".
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import { MAX_CUSTOM_ID } from "../../util/discordLimits.js";

export type PageButtonId = { kind: "tl"; actorId: string; page: number; with?: string; from?: string; to?: string } | { kind: "src"; articleId: string; page: number };

export type RunnableId = PageButtonId | { kind: "ask"; example: number };

export type ButtonId =
  | PageButtonId
  | { kind: "ctx"; articleId: string; start: number; length: number; check: string }
  | { kind: "open"; articleId: string; page: number }
  | { kind: "txt"; articleId: string }
  | { kind: "more"; key: string }
  | { kind: "fb"; vote: "up" | "down" }
  | { kind: "ask"; example: number }
  | { kind: "run"; target: RunnableId }
  | { kind: "nop"; tag: string };

export type ButtonKind = ButtonId["kind"];

/**
 * Highest page a pager id carries. An article within the 2 MB cap has over 1,000 pages of 1,500 characters
 * (up to ~5,500 when escaping doubles it), so four digits.
 */
export const MAX_PAGE = 9999;
/** Offsets in an article (a few MB at most) and quote lengths. */
const MAX_OFFSET = 99_999_999;

const ref = z.string().min(1).max(MAX_CUSTOM_ID);
const page = z.coerce.number().int().min(0).max(MAX_PAGE);
/** Actor ids are slugs; they cannot contain the separators of a timeline reference (+ @ ..). */
const slugRef = z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/u);
const period = z.string().regex(/^\d{4}-\d{2}(?:-\d{2})?$/u);
const offset = z.coerce.number().int().min(0).max(MAX_OFFSET);

const schemas = {
  tl: z.object({
    kind: z.literal("tl"),
    actorId: slugRef,
    page,
    with: slugRef.optional(),
    from: period.optional(),
    to: period.optional(),
  }),
  src: z.object({ kind: z.literal("src"), articleId: ref, page }),
  ctx: z.object({ kind: z.literal("ctx"), articleId: ref, start: offset, length: offset.min(1), check: z.string().regex(/^[\w-]{6}$/u) }),
  open: z.object({ kind: z.literal("open"), articleId: ref, page }),
  txt: z.object({ kind: z.literal("txt"), articleId: ref }),
  more: z.object({ kind: z.literal("more"), key: z.string().regex(/^[\w-]{4,40}$/u) }),
  fb: z.object({ kind: z.literal("fb"), vote: z.enum(["up", "down"]) }),
  ask: z.object({ kind: z.literal("ask"), example: z.coerce.number().int().min(0).max(9) }),
  nop: z.object({ kind: z.literal("nop"), tag: z.string().regex(/^[\w-]{1,20}$/u) }),
};

/** Six characters of base64url SHA-256 of a quote: the `check` of a `ctx` id. */
export function quoteCheck(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("base64url").slice(0, 6);
}

function text(id: ButtonId): string {
  switch (id.kind) {
    case "tl": {
      const other = id.with ? `+${id.with}` : "";
      const range = id.from || id.to ? `@${id.from ?? ""}..${id.to ?? ""}` : "";
      return `tl:${id.actorId}${other}${range}:${id.page}`;
    }
    case "src":
    case "open":
      return `${id.kind}:${id.articleId}:${id.page}`;
    case "ctx":
      return `ctx:${id.articleId}:${id.start}:${id.length}:${id.check}`;
    case "txt":
      return `txt:${id.articleId}`;
    case "more":
      return `more:${id.key}`;
    case "fb":
      return `fb:${id.vote}`;
    case "ask":
      return `ask:${id.example}`;
    case "run":
      return `run:${text(id.target)}`;
    case "nop":
      return `nop:${id.tag}`;
  }
}

/** The id for a button, or undefined when it would not fit (the renderer then leaves the button out). */
export function buttonId(id: ButtonId): string | undefined {
  const built = text(id);
  return built.length <= MAX_CUSTOM_ID ? built : undefined;
}

/** The prefix a router dispatches on ("tl" for "tl:lawrow:2"). */
export function buttonKindOf(customId: string): string {
  const colon = customId.indexOf(":");
  return colon < 0 ? customId : customId.slice(0, colon);
}

/** The last `count` colon-separated fields and what precedes them (references may contain ":"). */
function splitTail(rest: string, count: number): [string, ...string[]] | undefined {
  const parts = rest.split(":");
  if (parts.length < count + 1) return undefined;
  return [parts.slice(0, parts.length - count).join(":"), ...parts.slice(parts.length - count)];
}

const NUMBER = /^\d{1,8}$/u;
const PAGE_NUMBER = /^\d{1,4}$/u;

/** Parses a custom id; undefined for anything this bot did not write. */
export function parseButtonId(customId: string): ButtonId | undefined {
  if (customId.length > MAX_CUSTOM_ID) return undefined;
  const kind = buttonKindOf(customId);
  const rest = customId.slice(kind.length + 1);
  let candidate: unknown;
  switch (kind) {
    case "tl": {
      const parts = splitTail(rest, 1);
      if (!parts || !PAGE_NUMBER.test(parts[1]!)) return undefined;
      // <actorId>[+<withId>][@<from>..<to>]
      const m = /^([^+@]+)(?:\+([^@]+))?(?:@([^.]*)\.\.(.*))?$/u.exec(parts[0]!);
      if (!m) return undefined;
      candidate = { kind, actorId: m[1], page: parts[1], ...(m[2] ? { with: m[2] } : {}), ...(m[3] ? { from: m[3] } : {}), ...(m[4] ? { to: m[4] } : {}) };
      break;
    }
    case "src":
    case "open": {
      const parts = splitTail(rest, 1);
      // An empty page text would coerce to 0; it must be an explicit number.
      if (!parts || !PAGE_NUMBER.test(parts[1]!)) return undefined;
      candidate = { kind, articleId: parts[0], page: parts[1] };
      break;
    }
    case "ctx": {
      const parts = splitTail(rest, 3);
      if (!parts || !NUMBER.test(parts[1]!) || !NUMBER.test(parts[2]!)) return undefined;
      candidate = { kind, articleId: parts[0], start: parts[1], length: parts[2], check: parts[3] };
      break;
    }
    case "txt":
      candidate = { kind, articleId: rest };
      break;
    case "more":
      candidate = { kind, key: rest };
      break;
    case "fb":
      candidate = { kind, vote: rest };
      break;
    case "ask":
      if (!/^\d$/u.test(rest)) return undefined;
      candidate = { kind, example: rest };
      break;
    case "nop":
      candidate = { kind, tag: rest };
      break;
    case "run": {
      const target = parseButtonId(rest);
      return target && (target.kind === "tl" || target.kind === "src" || target.kind === "ask") ? { kind: "run", target } : undefined;
    }
    default:
      return undefined;
  }
  const parsed = schemas[kind].safeParse(candidate);
  return parsed.success ? (parsed.data as ButtonId) : undefined;
}

/** Custom ids of select menus (their values carry the state). */
export const MENU_IDS = { context: "ctxm", runTimeline: "runm:tl" } as const;
