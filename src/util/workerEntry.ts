/**
 * How to start one of our worker threads: the compiled `<name>.js` beside the calling module as it is, or, when
 * the caller runs from TypeScript (tests, `tsx src/...`), a two-line bootstrap that registers tsx's loader in
 * the new thread and then imports `<name>.ts` (Node 20 does not apply `--import` hooks from a worker's execArgv
 * to its entry module).
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

/** `callerUrl`: the caller's `import.meta.url`; `name`: the worker module beside it, without extension. */
export function workerEntry(callerUrl: string, name: string): { entry: URL | string; eval: boolean } {
  if (!callerUrl.endsWith(".ts")) return { entry: new URL(`./${name}.js`, callerUrl), eval: false };
  // tsx's ESM API (its `require` build is resolvable from here; the ESM build sits beside it).
  const api = pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href;
  const entry = new URL(`./${name}.ts`, callerUrl).href;
  return { entry: `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`, eval: true };
}
