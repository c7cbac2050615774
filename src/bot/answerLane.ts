/**
 * Acknowledgments before answers. In a burst the Discord thread has two kinds of work: new interactions (each
 * needs its acknowledgment within 3 s) and answers coming back from the core (render, then edit the deferred
 * reply; no hurry, the token lasts 15 minutes). Both arrive as I/O, and a promise continuation runs as soon as
 * its I/O is read, so 500 answers rendered back to back would hold up the interactions arriving behind them
 * (measured at 3,000 articles: the deferral of the 500th of a burst took 2.5 s, that of the 1,000th > 3 s).
 * The lane lets the answers of interactions already acknowledged continue one per turn of the event loop, so
 * the I/O of each turn (new interactions, their deferrals) goes first.
 */
import type { BotCore } from "./context.js";

export interface AnswerLane {
  /** Resolves on a later turn of the event loop, in order of calls, one per turn. */
  turn(): Promise<void>;
  /** Answers waiting for their turn. */
  readonly waiting: number;
}

export function createAnswerLane(): AnswerLane {
  const waiting: Array<() => void> = [];
  let scheduled = false;
  const schedule = () => {
    if (scheduled || waiting.length === 0) return;
    scheduled = true;
    // An immediate queued from an immediate runs on the next turn, after that turn's I/O.
    setImmediate(() => {
      scheduled = false;
      waiting.shift()?.();
      schedule();
    });
  };
  return {
    turn() {
      return new Promise<void>((resolve) => {
        waiting.push(resolve);
        schedule();
      });
    },
    get waiting() {
      return waiting.length;
    },
  };
}

/** The core for an interaction already acknowledged: each result is handed on in its turn of the lane. */
export function lanedCore(core: BotCore, lane: AnswerLane): BotCore {
  const laned =
    <A extends unknown[], R>(method: (...args: A) => R | Promise<R>) =>
    async (...args: A): Promise<R> => {
      const value = await method(...args);
      await lane.turn();
      return value;
    };
  return {
    ask: laned((question: string) => core.ask(question)),
    timeline: laned((actor: Parameters<BotCore["timeline"]>[0], query?: Parameters<BotCore["timeline"]>[1]) => core.timeline(actor, query)),
    source: laned((idOrFile: string) => core.source(idOrFile)),
    actorChoices: laned((prefix: string) => core.actorChoices(prefix)),
    articleChoices: laned((query: string) => core.articleChoices(query)),
    profile: laned(() => core.profile()),
  };
}
