// TEMPORARY stub until the glossary/variants module lands (same API).
import { readFile } from "node:fs/promises";
type R<T> = { ok: true; value: T } | { ok: false; error: string };
export async function loadGlossary(p: string): Promise<R<{ version: 1; entries: Record<string, string[]> }>> {
  try { return { ok: true, value: JSON.parse(await readFile(p, "utf8")) }; } catch (e) { return { ok: false, error: `glossary: ${p}: ${(e as Error).message}` }; }
}
export async function loadVariants(p: string): Promise<R<{ version: 1; groups: Array<{ canonical: string; variants: string[] }> }>> {
  try { return { ok: true, value: JSON.parse(await readFile(p, "utf8")) }; } catch (e) { return { ok: false, error: `variants: ${p}: ${(e as Error).message}` }; }
}
