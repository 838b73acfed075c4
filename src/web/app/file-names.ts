/**
 * Two files of one name dropped together (报告.docx from two townships' folders) are both shown: the later ones are
 * numbered as a download folder numbers copies, 报告 (2).docx. A name already on the page is still replaced by the
 * file of that name (the writer dropped the corrected version).
 */
export function distinctNames<T extends { name: string }>(files: readonly T[]): T[] {
  const taken = new Set(files.map((file) => file.name));
  const seen = new Set<string>();
  return files.map((file) => {
    if (!seen.has(file.name)) {
      seen.add(file.name);
      return file;
    }
    const dot = file.name.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [file.name.slice(0, dot), file.name.slice(dot)] : [file.name, ''];
    let copy = 2;
    while (taken.has(`${stem} (${copy})${ext}`)) copy++;
    const name = `${stem} (${copy})${ext}`;
    taken.add(name);
    seen.add(name);
    return { ...file, name };
  });
}
