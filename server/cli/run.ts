/** Shared frame of the command-line tools: clear one-line errors with what to do, never a stack trace. */
import { TrellisError } from '../errors.ts';

export function runCli(main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      process.stderr.write(
        `${error instanceof TrellisError ? error.describe() : `Error: ${(error as Error).message}`}\n`,
      );
      process.exit(1);
    },
  );
}
