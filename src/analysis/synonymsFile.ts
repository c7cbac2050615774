/**
 * German synonym groups used to widen a question at query time only (the index stays lean), and names of more than one
 * word with their short forms (`names`, optional: the name first; one way, from the name to the short forms, so "USA"
 * never finds every "Staat"; answer/germanPhrases.ts).
 *
 * @example corpus/synonyms.de.json
 * { "version": 1, "groups": [["Waffenruhe", "Waffenstillstand", "Feuerpause"], ["alt", "Alter", "Jährige"]],
 *   "names": [["Europäische Union", "EU"], ["Vereinte Nationen", "UN", "UNO"]] }
 */
import { z } from "zod";
import { MAX_SYNONYM_GROUPS, MAX_SYNONYM_LENGTH, MAX_SYNONYMS_PER_GROUP } from "../config/limits.js";

export const SYNONYMS_FILE = "synonyms.de.json";

export const synonymsFileSchema = z.strictObject({
  version: z.literal(1),
  groups: z.array(z.array(z.string().trim().min(1).max(MAX_SYNONYM_LENGTH)).min(2).max(MAX_SYNONYMS_PER_GROUP)).max(MAX_SYNONYM_GROUPS),
  names: z
    .array(z.array(z.string().trim().min(1).max(MAX_SYNONYM_LENGTH)).min(2).max(MAX_SYNONYMS_PER_GROUP))
    .max(MAX_SYNONYM_GROUPS)
    .optional(),
});

export type SynonymsFile = z.infer<typeof synonymsFileSchema>;
