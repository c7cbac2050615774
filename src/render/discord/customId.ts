/**
 * Button custom ids. All state a button needs lives in its id (≤ 100 chars), so buttons keep working
 * after a restart: `tl:<actorId>[+<withId>][@<from>..<to>]:<page>`, `src:<articleId>:<page>`, `open:<articleId>:<page>`,
 * `txt:<articleId>`, `more:<questionKey>`. Ids are parsed with zod: a forged id is just "stale".
 */
import { z } from "zod";
import { MAX_CUSTOM_ID } from "./limits.js";

export type ButtonId =
  | { kind: "tl"; actorId: string; page: number; with?: string; from?: string; to?: string }
  | { kind: "src"; articleId: string; page: number }
  | { kind: "open"; articleId: string; page: number }
  | { kind: "txt"; articleId: string }
  | { kind: "more"; key: string };

export type ButtonKind = ButtonId["kind"];

export const MAX_PAGE = 999;

const ref = z.string().min(1).max(MAX_CUSTOM_ID);
const page = z.coerce.number().int().min(0).max(MAX_PAGE);
/** Actor ids are slugs; they cannot contain the separators of a timeline reference (+ @ ..). */
const slugRef = z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/u);
const period = z.string().regex(/^\d{4}-\d{2}(?:-\d{2})?$/u);

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
  open: z.object({ kind: z.literal("open"), articleId: ref, page }),
  txt: z.object({ kind: z.literal("txt"), articleId: ref }),
  more: z.object({ kind: z.literal("more"), key: z.string().regex(/^[\w-]{4,40}$/u) }),
};

/** The id for a button, or undefined when it would not fit (the renderer then leaves the button out). */
export function buttonId(id: ButtonId): string | undefined {
  let text: string;
  switch (id.kind) {
    case "tl": {
      const other = id.with ? `+${id.with}` : "";
      const range = id.from || id.to ? `@${id.from ?? ""}..${id.to ?? ""}` : "";
      text = `tl:${id.actorId}${other}${range}:${id.page}`;
      break;
    }
    case "src":
    case "open":
      text = `${id.kind}:${id.articleId}:${id.page}`;
      break;
    case "txt":
      text = `txt:${id.articleId}`;
      break;
    case "more":
      text = `more:${id.key}`;
      break;
  }
  return text.length <= MAX_CUSTOM_ID ? text : undefined;
}

/** The prefix a router dispatches on ("tl" for "tl:lawrow:2"). */
export function buttonKindOf(customId: string): string {
  const colon = customId.indexOf(":");
  return colon < 0 ? customId : customId.slice(0, colon);
}

/** Parses a custom id; undefined for anything this bot did not write. References may contain ":", pages are last. */
export function parseButtonId(customId: string): ButtonId | undefined {
  if (customId.length > MAX_CUSTOM_ID) return undefined;
  const kind = buttonKindOf(customId);
  const rest = customId.slice(kind.length + 1);
  const lastColon = rest.lastIndexOf(":");
  const [reference, pageText] = lastColon < 0 ? [rest, ""] : [rest.slice(0, lastColon), rest.slice(lastColon + 1)];
  let candidate: unknown;
  switch (kind) {
    case "tl": {
      // <actorId>[+<withId>][@<from>..<to>]
      const m = /^([^+@]+)(?:\+([^@]+))?(?:@([^.]*)\.\.(.*))?$/u.exec(reference);
      if (!m) return undefined;
      candidate = { kind, actorId: m[1], page: pageText, ...(m[2] ? { with: m[2] } : {}), ...(m[3] ? { from: m[3] } : {}), ...(m[4] ? { to: m[4] } : {}) };
      break;
    }
    case "src":
    case "open":
      candidate = { kind, articleId: reference, page: pageText };
      break;
    case "txt":
      candidate = { kind, articleId: rest };
      break;
    case "more":
      candidate = { kind, key: rest };
      break;
    default:
      return undefined;
  }
  const schema = schemas[kind];
  // An empty page text would coerce to 0; it must be an explicit number.
  if ((kind === "tl" || kind === "src" || kind === "open") && !/^\d{1,3}$/u.test(pageText)) return undefined;
  const parsed = schema.safeParse(candidate);
  return parsed.success ? (parsed.data as ButtonId) : undefined;
}
