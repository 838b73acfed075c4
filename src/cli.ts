/**
 * Entry point of the `reportlint` command: argv → options → run → exit code. User errors print one
 * line and exit 2; anything unexpected prints the version and stack and also exits 2.
 */
import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { buildProgram, localeFromArgv, readOptions, usageMessage } from './cli/options.js';
import type { Io } from './cli/run.js';
import { isReportlintError } from './errors.js';
import { PACKAGE_ROOT } from './engine/messages.js';
import { t } from './messages/index.js';

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('package.json', PACKAGE_ROOT), 'utf8')) as { version: string };
  return manifest.version;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const locale = localeFromArgv(argv);
  const program = buildProgram(version(), locale)
    .exitOverride()
    // Commander's own error text is English: it is silenced here and said again in the user's language below.
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined });
  try {
    program.parse(argv, { from: 'user' });
    // Loaded only now: --help and --version need none of the linter (editors run us on every save).
    const { run } = await import('./cli/run.js');
    return await run(readOptions(program), io);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version exit 0; anything else is a usage error.
      if (error.exitCode === 0) return 0;
      io.stderr(`reportlint: ${usageMessage(error, program, locale)}\n`);
      return 2;
    }
    if (isReportlintError(error)) {
      io.stderr(`reportlint: ${error.message}\n`);
      return error.exitCode;
    }
    // A crash's text may quote a report: its personal numbers are masked, as in every other output.
    const { maskPersonalInfo } = await import('./text/personal-info.js');
    const detail = maskPersonalInfo(error instanceof Error ? (error.stack ?? error.message) : String(error));
    io.stderr(`${t('cli.crash', locale, { version: version(), detail })}\n`);
    return 2;
  }
}

export async function cli(): Promise<void> {
  const code = await main(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin,
    stdoutIsTTY: process.stdout.isTTY === true,
    env: process.env,
  });
  process.exitCode = code;
}
