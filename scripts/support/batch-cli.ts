// What the batch CLIs (npm run extract, npm run cards) share: their arguments — files, --json,
// --published and each CLI's own switches — reading each file, and ending with an exit code.
import fs from "node:fs";

export interface BatchArgs {
  json: boolean;
  published: string | null;
  files: string[];
  /** The CLI's own switches that were given (e.g. "--report"). */
  switches: Set<string>;
}

/** Parsed arguments, or a message ("" for --help) to print above the usage. */
export function parseBatchArgs(argv: string[], switches: readonly string[] = []): BatchArgs | string {
  const args: BatchArgs = { json: false, published: null, files: [], switches: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--json") args.json = true;
    else if (switches.includes(arg)) args.switches.add(arg);
    else if (arg === "--published" || arg.startsWith("--published=")) {
      const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[++i];
      if (!value || !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value)) return "--published needs a date YYYY-MM-DD";
      args.published = value;
    } else if (arg === "-h" || arg === "--help") return "";
    else if (arg.startsWith("-")) return `unknown option ${arg}`;
    else args.files.push(arg);
  }
  return args.files.length ? args : "no FILE given";
}

/** The file's bytes, or null after saying on stderr why it cannot be read. */
export function readFileOrSay(name: string, file: string): Uint8Array | null {
  try {
    return new Uint8Array(fs.readFileSync(file));
  } catch (error) {
    process.stderr.write(`${name}: cannot read ${file}: ${(error as Error).message}\n`);
    return null;
  }
}

/** Runs a CLI's main and sets its exit code. exitCode, not exit(): a piped stdout is written
 *  asynchronously, and exit() would cut a long JSON short. */
export function runBatchCli(name: string, usage: string, main: (args: BatchArgs) => Promise<number>, switches: readonly string[] = []) {
  const parsed = parseBatchArgs(process.argv.slice(2), switches);
  if (typeof parsed === "string") {
    if (parsed) process.stderr.write(`${name}: ${parsed}\n`);
    process.stderr.write(`${usage}\n`);
    process.exitCode = parsed ? 2 : 0;
    return;
  }
  main(parsed).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`${name}: ${(error as Error).stack ?? error}\n`);
      process.exitCode = 1;
    },
  );
}
