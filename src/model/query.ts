/**
 * Read-only helpers over the report model for rules: the text of the report as units (headings and
 * paragraphs) with a way back to source offsets, keyword search across them, and the places to report
 * a missing item. Pure functions.
 */
import { escapeRegExp, hasWords, sameIndex, stripWhitespace } from '../text/chars.js';
import type { Heading, Paragraph, ReportModel, Section, SectionRole } from './types.js';
import { matchesOf } from '../text/matches.js';

/** The statutory part a unit belongs to: its section's role, or 'preamble' before the first section. */
export type UnitRole = SectionRole | 'preamble';

/** A heading or a paragraph as searchable text. */
export interface TextUnit {
  kind: 'heading' | 'paragraph';
  /** Text with line breaks, indentation and spaces removed: match keywords here. */
  plain: string;
  toOffset(plainIndex: number): number;
  start: number;
  end: number;
  /** The deepest section the unit belongs to (a heading: its own section); undefined in the preamble. */
  section?: Section;
  /** The part it belongs to: the section's role, or the paragraph's own (the plans half of a combined part). */
  role: UnitRole;
}

export interface UnitMatch {
  unit: TextUnit;
  /** Index range in `unit.plain`. */
  index: number;
  end: number;
  text: string;
  /** Source range, ready for `context.report({ range })`. */
  range: [number, number];
}

/** A heading as a text unit: its span with whitespace removed. */
export function headingUnit(heading: Heading, section?: Section): TextUnit {
  const { text, start } = heading.span;
  const { plain, indexOf } = stripWhitespace(text);
  const end = heading.span.end;
  // Made with its section at once (a field added later is kept in a second object): every heading has a unit.
  const index = indexOf === sameIndex ? undefined : indexOf;
  if (section) return { kind: 'heading', role: section.role, plain, start, end, toOffset: headingOffset, [INDEX_OF]: index, section } as TextUnit;
  return { kind: 'heading', role: 'preamble', plain, start, end, toOffset: headingOffset, [INDEX_OF]: index } as TextUnit;
}

/**
 * A paragraph as a text unit. Spaces inside it are dropped too: PDF extraction puts them between
 * Chinese words ("行政执法 公示制度", "2022 年"), and keywords must still match.
 */
export function paragraphUnit(paragraph: Paragraph, section?: Section): TextUnit {
  const { plain, indexOf } = stripWhitespace(paragraph.plain);
  const role = paragraph.role ?? section?.role ?? 'preamble';
  const { start, end } = paragraph;
  const index = indexOf === sameIndex ? undefined : indexOf;
  if (section) return { kind: 'paragraph', role, plain, start, end, toOffset: paragraphOffset, [PARAGRAPH]: paragraph, [INDEX_OF]: index, section } as TextUnit;
  return { kind: 'paragraph', role, plain, start, end, toOffset: paragraphOffset, [PARAGRAPH]: paragraph, [INDEX_OF]: index } as TextUnit;
}

/*
 * A unit's toOffset is one function for all units, reading what it needs from the unit it is called on: a closure
 * and its context for each unit would cost more than the unit itself, and every unit of the report is kept while the
 * rules run. What a unit needs besides its own fields is kept under symbols, which a copy made with `{ ...unit }`
 * (a unit with its text masked) copies too, and which Object.keys and JSON leave out.
 */
const INDEX_OF = Symbol('indexOf');
const PARAGRAPH = Symbol('paragraph');

interface HeadingFields {
  plain: string;
  start: number;
  end: number;
  [INDEX_OF]?: (i: number) => number;
}

interface ParagraphFields {
  plain: string;
  [PARAGRAPH]: Paragraph;
  [INDEX_OF]?: (i: number) => number;
}

function headingOffset(this: HeadingFields, i: number): number {
  const indexOf = this[INDEX_OF];
  const { start, end } = this;
  const length = this.plain.length;
  if (indexOf === undefined) return i <= 0 ? start : i >= length ? end : start + i;
  return i <= 0 ? (length > 0 ? start + indexOf(0) : start) : i >= length ? end : start + indexOf(i);
}

function paragraphOffset(this: ParagraphFields, i: number): number {
  const paragraph = this[PARAGRAPH];
  if (i >= this.plain.length) return paragraph.end;
  const indexOf = this[INDEX_OF];
  return paragraph.toOffset(indexOf === undefined ? Math.max(0, i) : indexOf(Math.max(0, i)));
}

/** The units of a section and its descendants in document order; its own heading only when asked. */
export function sectionUnits(section: Section, options: { heading?: boolean } = {}): TextUnit[] {
  const units: TextUnit[] = [];
  appendSectionUnits(units, section, options.heading !== false);
  return units;
}

/** Appends the units of a section and its descendants to `units` (an explicit stack, one push per unit). */
function appendSectionUnits(units: TextUnit[], section: Section, heading: boolean): void {
  const stack: Array<{ section: Section; heading: boolean }> = [{ section, heading }];
  while (stack.length > 0) {
    const next = stack.pop() as { section: Section; heading: boolean };
    if (next.heading) units.push(headingUnit(next.section.heading, next.section));
    for (const p of next.section.body) units.push(paragraphUnit(p, next.section));
    for (let k = next.section.children.length - 1; k >= 0; k -= 1) stack.push({ section: next.section.children[k] as Section, heading: true });
  }
}

/** Every heading and body paragraph of the report, in document order (title, header, closing excluded). */
export function documentUnits(model: ReportModel): readonly TextUnit[] {
  // Every content rule asks for them: build them once per model (the model is not changed after build).
  let units = unitsOf.get(model);
  if (!units) {
    const built: TextUnit[] = model.preamble.map((p) => paragraphUnit(p));
    for (const section of model.sections) appendSectionUnits(built, section, true);
    units = Object.freeze(built);
    unitsOf.set(model, units);
  }
  return units;
}
const unitsOf = new WeakMap<ReportModel, readonly TextUnit[]>();

/** All matches of `pattern` (a global RegExp is not required) in the units, in order. */
export function findInUnits(units: readonly TextUnit[], pattern: RegExp, mask?: (plain: string) => string): UnitMatch[] {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  const re = new RegExp(pattern.source, flags);
  const found: UnitMatch[] = [];
  for (const unit of units) {
    const plain = mask ? mask(unit.plain) : unit.plain;
    for (const m of matchesOf(re, plain)) {
      if (m[0].length === 0) continue;
      const index = m.index;
      const end = index + m[0].length;
      found.push({ unit, index, end, text: unit.plain.slice(index, end), range: [unit.toOffset(index), unit.toOffset(end - 1) + 1] });
    }
  }
  return found;
}

/**
 * Replaces the inside of 《书名号》 with spaces (same length), so the title of a cited regulation such as
 * 《党政主要负责人履行推进法治建设第一责任人职责规定》 is not read as the report's own statement.
 */
export function maskBookTitles(plain: string): string {
  return plain.replace(/《[^《》]{0,80}》/g, (m) => ' '.repeat(m.length));
}

/** Where to report something missing from the whole report: the title, else the first line of text. */
export function titleRange(model: ReportModel): [number, number] {
  if (model.title) return [model.title.start, model.title.end];
  const text = model.text;
  const start = text.search(/\S/);
  if (start === -1) return [0, 0];
  const lineEnd = text.slice(start).search(/[\r\n]/);
  return [start, lineEnd === -1 ? text.length : start + lineEnd];
}

/** Where to report something missing at the end of the report: the end of its last line of text. */
export function endRange(model: ReportModel): [number, number] {
  const end = Math.max(model.body.end, model.closing?.end ?? 0, model.title?.end ?? 0);
  if (end > 0) return [end, end];
  const trimmed = model.text.trimEnd().length;
  return [trimmed, trimmed];
}

/** The heading range of a section. */
export function headingRange(section: Section): [number, number] {
  return [section.heading.span.start, section.heading.span.end];
}

/** Number of characters of body text (paragraphs) in a section and its descendants. */
export function sectionTextLength(section: Section): number {
  let n = 0;
  const stack: Section[] = [section];
  while (stack.length > 0) {
    const next = stack.pop() as Section;
    for (const p of next.body) n += p.plain.length;
    for (const child of next.children) {
      n += child.heading.span.text.length;
      stack.push(child);
    }
  }
  return n;
}

/** True when a section has text of its own beyond punctuation: in its body, or its sub-sections' headings and bodies. */
export function sectionHasWords(section: Section): boolean {
  const stack: Section[] = [section];
  while (stack.length > 0) {
    const next = stack.pop() as Section;
    if (next.body.some((p) => hasWords(p.plain))) return true;
    for (const child of next.children) {
      if (hasWords(child.heading.title)) return true;
      stack.push(child);
    }
  }
  return false;
}

/** Builds a RegExp alternation from plain terms (escaped), for options such as `extraKeywords`. */
export function alternation(terms: readonly string[]): string {
  return terms
    .filter((t) => t.length > 0)
    .map(escapeRegExp)
    .join('|');
}

/**
 * A test for the sections of a role: the model's role, or a heading that contains one of `extraKeywords`
 * (a rule's `extraHeadingKeywords` option). Build it once per check.
 */
export function roleOrHeading(role: SectionRole, extraKeywords: readonly string[]): (section: Section) => boolean {
  const extra = alternation(extraKeywords);
  const extraRe = extra ? new RegExp(extra) : undefined;
  return (s) => s.role === role || (extraRe !== undefined && extraRe.test(s.heading.title));
}

/** The sections of `sections` whose parent is not in the list too (a part's sub-sections inherit its role). */
export function outermost(sections: readonly Section[]): Section[] {
  // A section is left out when another in the list holds it as a child: one set of those children, not a search per pair.
  const children = new Set<Section>();
  for (const p of sections) for (const child of p.children) if (child !== p) children.add(child);
  return sections.filter((s) => !children.has(s));
}

/** The report year a config states in `settings.reportYear` (validated as a whole year by the config loader). */
export function configuredReportYear(settings: Readonly<Record<string, unknown>>): number | undefined {
  const year = settings['reportYear'];
  return typeof year === 'number' ? year : undefined;
}

/** The parent of each section that has one. */
export function parentsOf(model: ReportModel): ReadonlyMap<Section, Section> {
  let parents = parentsCache.get(model);
  if (!parents) {
    const built = new Map<Section, Section>();
    for (const s of model.allSections) for (const c of s.children) built.set(c, s);
    parents = built;
    parentsCache.set(model, parents);
  }
  return parents;
}
const parentsCache = new WeakMap<ReportModel, ReadonlyMap<Section, Section>>();

/**
 * The units of one statutory part, in document order: those whose role is `role` (the plans half of a
 * combined part included, its problems half excluded), and those in a section whose heading — or an
 * ancestor's — holds one of `extraKeywords` (a rule's `extraHeadingKeywords` option).
 */
export function partUnits(model: ReportModel, role: SectionRole, extraKeywords: readonly string[] = []): TextUnit[] {
  const extra = alternation(extraKeywords);
  const extraRe = extra ? new RegExp(extra) : undefined;
  const parents = parentsOf(model);
  const named = (section: Section | undefined): boolean => {
    for (let s = section; s && extraRe; s = parents.get(s)) if (extraRe.test(s.heading.title)) return true;
    return false;
  };
  return documentUnits(model).filter((u) => u.role === role || (extraRe !== undefined && u.role !== 'preamble' && named(u.section)));
}

/** The sections of a part whose parent is not in the part: the part's own headings. */
export function partHeads(units: readonly TextUnit[], model: ReportModel): Section[] {
  const parents = parentsOf(model);
  const inPart = new Set(units.map((u) => u.section).filter((s): s is Section => s !== undefined));
  return [...inPart].filter((s) => !inPart.has(parents.get(s) as Section));
}

/** The source range of a unit. */
export function unitRange(unit: TextUnit): [number, number] {
  return [unit.start, unit.end];
}
