/**
 * The real core on the embedded corpus (loaded once per test file), and wrappers that make it slow or
 * failing on purpose, to test the bot's defer and error paths end to end.
 */
import type { BotCore } from "../../src/bot/context.js";
import { EMBEDDED_CORPUS_DIR } from "../../src/config/paths.js";
import type { Core } from "../../src/core/core.js";
import { loadCore } from "../../src/core/loadCore.js";

let shared: Promise<Core> | undefined;

export function testCore(): Promise<Core> {
  shared ??= loadCore(EMBEDDED_CORPUS_DIR);
  return shared;
}

/** A question that makes `faultyCore` throw, as an unexpected bug would. */
export const BOOM = "Bitte wirf einen Fehler";

export interface FaultyCoreOptions {
  /** /ask answers only after this many milliseconds. */
  askDelayMs?: number;
  /** Questions equal to this throw. */
  throwOn?: string;
  /** The message of the thrown error (tests put a secret in it). */
  errorMessage?: string;
}

export function faultyCore(base: Core, opts: FaultyCoreOptions): BotCore {
  return {
    ask: async (question) => {
      if (opts.throwOn !== undefined && question === opts.throwOn) throw new Error(opts.errorMessage ?? "core exploded");
      if (opts.askDelayMs) await new Promise((resolve) => setTimeout(resolve, opts.askDelayMs));
      return base.ask(question);
    },
    timeline: (actor, query) => base.timeline(actor, query),
    source: (id) => base.source(id),
    actorChoices: (prefix) => base.actorChoices(prefix),
    articleChoices: (query) => base.articleChoices(query),
    profile: () => base.profile(),
  };
}
