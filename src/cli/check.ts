/** `cli check`: one line per problem, then "N articles, M passages, K problems"; exit 1 when there is a problem. */
import { checkCorpus } from "../core/checkCorpus.js";

export async function runCheck(corpusDir: string, write: (s: string) => void = (s) => process.stdout.write(s)): Promise<number> {
  const { problems, articles, passages } = await checkCorpus(corpusDir);
  for (const p of problems) write(`${p}\n`);
  write(`${articles} articles, ${passages} passages, ${problems.length} problems\n`);
  return problems.length > 0 ? 1 : 0;
}
