/**
 * The bench's tables: columns padded to the widest cell by display width (Chinese counts two), the last column left
 * ragged, a rule under the header. `width` is src/formatters/width.js (displayWidth, padEnd) from dist/.
 */
export function printTable(rows, headers, { displayWidth, padEnd }) {
  const keys = Object.keys(headers);
  const widths = keys.map((key) => Math.max(displayWidth(headers[key]), ...rows.map((row) => displayWidth(String(row[key])))));
  const line = (row) => keys.map((key, i) => (i === keys.length - 1 ? row[key] : padEnd(String(row[key]), widths[i]))).join('  ').trimEnd();
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}
