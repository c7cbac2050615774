/**
 * Which changes in the corpus folder the watcher reloads for. Dot-files (`.ingest.lock`, the ingest's
 * `.<file>.<token>.tmp`, editor swap files such as `.x.txt.swp`), temp and backup files (`*.tmp`, `*~`,
 * `#x#`, Vim's `4913` probe) never hold an article or a data file; the rename that puts a finished file in
 * place is seen under its own name.
 */
const TEMP_SUFFIX = /(?:\.(?:tmp|temp|swp|swo|swx|part|crdownload|bak|orig)|~)$/i;
const TEMP_INFIX = /\.tmp[-.]/i;
const EMACS_AUTOSAVE = /^#.*#$/;
const VIM_PROBE = /^\d+$/;

/** True when a change to `name` (a bare file name as fs.watch reports it) cannot change the corpus. */
export function ignoredByWatcher(name: string | null | undefined): boolean {
  // Some platforms report no name: the change may be anything.
  if (!name) return false;
  return name.startsWith(".") || TEMP_SUFFIX.test(name) || TEMP_INFIX.test(name) || EMACS_AUTOSAVE.test(name) || VIM_PROBE.test(name);
}
