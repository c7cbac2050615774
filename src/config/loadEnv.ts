/** Reads `.env` (if present) into process.env without overriding what is set, then validates. */
import path from "node:path";
import dotenv from "dotenv";
import { parseEnv, type EnvResult } from "./env.js";
import { PACKAGE_ROOT } from "./paths.js";

export function loadEnvFile(): EnvResult {
  dotenv.config({ path: path.join(PACKAGE_ROOT, ".env"), quiet: true });
  return parseEnv(process.env);
}
