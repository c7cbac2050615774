/**
 * German synonym groups used to widen a question at query time only (the index stays lean).
 *
 * @example corpus/synonyms.de.json
 * { "version": 1, "groups": [["Waffenruhe", "Waffenstillstand", "Feuerpause"], ["alt", "Alter", "Jährige"]] }
 */
import { z } from "zod";

export const SYNONYMS_FILE = "synonyms.de.json";

export const synonymsFileSchema = z.strictObject({
  version: z.literal(1),
  groups: z.array(z.array(z.string().trim().min(1).max(60)).min(2).max(30)).max(10_000),
});

export type SynonymsFile = z.infer<typeof synonymsFileSchema>;
