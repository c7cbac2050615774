/**
 * Entry of `npm run deploy-commands`: env → the commands of commands/ → one bulk PUT (see src/bot/deploy.ts).
 * A composition root like src/app.ts: the only other place that hands commands/ to src/bot.
 */
import { commands } from "../commands/index.js";
import { runDeploy } from "./bot/deploy.js";
import { loadEnvFile } from "./config/loadEnv.js";

const loaded = loadEnvFile();
process.exitCode = await runDeploy(loaded.ok ? loaded.env : { errors: loaded.errors }, commands);
