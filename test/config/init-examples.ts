/** Shared by the --init and schema tests. */
/**
 * What a user does to use every example: remove the "# " in front of each line of an example block (from `# rules:`,
 * `# overrides:`, … to the blank line after it) and in front of `reportYear`.
 */
export function uncommentExamples(text: string): string {
  let inExample = false;
  return text
    .split('\n')
    .map((line) => {
      if (/^# (rules|overrides|ignorePatterns|customRules):$/.test(line)) {
        inExample = true;
        return line.slice(2);
      }
      if (inExample && line.startsWith('#  ')) return line.slice(2);
      inExample = false;
      return line.replace(/^ {2}# (reportYear: \d+)$/, '  $1');
    })
    .join('\n');
}
