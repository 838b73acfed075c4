/**
 * The parts of a report a config can name (`customRules[].in`), as text units over the model — the same units and
 * roles the built-in content rules search (./query.ts), so a custom rule sees a part exactly where they do:
 *
 * - `any`: the whole report as read — header lines (版头, 发文字号), 主送, title, every heading and body paragraph, and
 *   the closing lines (signatures, 成文日期, 抄送, 印发); web-page and PDF residue (breadcrumbs, 发布时间, page
 *   numbers) is not report text and is left out;
 * - `title`: the title;
 * - `measures`: the sections of the year's work — those whose role is `measures`, and, as require-measures reads a
 *   report that gives its work topic by topic ("一、强化组织领导…"), every top-level part that is not the problems,
 *   the plans, the leaders' duty or 其他需要报告的情况; a report without headings is all work;
 * - `first-responsible-person`, `problems`, `plan`: the units of that role (`partUnits`), the plans half of a part
 *   that holds problems and plans ("四、存在问题及今后打算") included in `plan` and excluded from `problems`;
 * - `closing`: the lines of the closing block.
 *
 * Every unit's `plain` has whitespace removed (PDF and web pages put spaces between Chinese words), and maps back to
 * source offsets. Pure.
 */
import { OTHER_MATTERS } from './concepts.js';
import { documentUnits, headingRange, paragraphUnit, parentsOf, partHeads, partUnits, titleRange, type TextUnit } from './query.js';
import type { ReportModel, Section, TextSpan } from './types.js';
import { matchesOf } from '../text/matches.js';
import { stripWhitespace } from '../text/chars.js';

export const PART_NAMES = ['any', 'title', 'measures', 'first-responsible-person', 'problems', 'plan', 'closing'] as const;
export type PartName = (typeof PART_NAMES)[number];

export interface ReportPart {
  name: PartName;
  /** The part's text, in document order; empty when the report has no such part. */
  units: TextUnit[];
  /** False when the report has no such part (`any` is always found). */
  found: boolean;
  /**
   * Where to report about the part as a whole: its first heading (a part without a heading of its own: its first
   * unit); the title for `any` and `title`; the first closing line for `closing`. When the part is not found: the
   * title, or the first line of text.
   */
  anchor: [number, number];
}

/** A one-line span (title, header line, closing line) as a text unit, whitespace removed. */
export function spanUnit(span: TextSpan): TextUnit {
  const { text, start, end } = span;
  const { plain, indexOf } = stripWhitespace(text);
  // Before the first character: where it is (the start, for a span of whitespace only); past the last: the span's end.
  const at = (i: number) => start + indexOf(i);
  return {
    kind: 'heading',
    role: 'preamble',
    plain,
    start,
    end,
    toOffset: (i) => (i <= 0 ? (plain.length > 0 ? at(0) : start) : i >= plain.length ? end : at(i)),
  };
}

/** The non-blank lines of the closing block, each trimmed. */
function closingLines(model: ReportModel): TextSpan[] {
  const { closing, text } = model;
  if (!closing) return [];
  const spans: TextSpan[] = [];
  const block = text.slice(closing.start, closing.end);
  for (const m of matchesOf(/[^\r\n]+/g, block)) {
    const line = m[0];
    const lead = line.length - line.trimStart().length;
    const body = line.trim();
    if (body === '') continue;
    const start = closing.start + m.index + lead;
    spans.push({ text: body, start, end: start + body.length });
  }
  return spans;
}

function overlapsResidue(model: ReportModel, start: number, end: number): boolean {
  return model.residue.some((r) => r.span.start < end && start < r.span.end);
}

/** The top-level section a section belongs to. */
function topOf(section: Section, parents: ReadonlyMap<Section, Section>): Section {
  let top = section;
  for (let p = parents.get(top); p; p = parents.get(top)) top = p;
  return top;
}

/** Whether a top-level section is work of the year although its heading does not say so (topic by topic). */
function isTopical(section: Section): boolean {
  return section.role === 'other' && !OTHER_MATTERS.test(section.heading.title);
}

function measuresUnits(model: ReportModel): TextUnit[] {
  if (model.sections.length === 0) return model.paragraphs.map((p) => paragraphUnit(p));
  const parents = parentsOf(model);
  return documentUnits(model).filter(
    (u) => u.role === 'measures' || (u.role === 'other' && u.section !== undefined && isTopical(topOf(u.section, parents))),
  );
}

/** The units of the whole report (header, 主送, title, body, closing), in document order, residue left out. */
function allUnits(model: ReportModel): TextUnit[] {
  const spans: TextSpan[] = [...model.header];
  if (model.addressee && !spans.some((s) => s.start === model.addressee!.start)) spans.push(model.addressee);
  if (model.title) spans.push(model.title);
  const units = [
    ...spans.filter((s) => !overlapsResidue(model, s.start, s.end)).map(spanUnit),
    ...documentUnits(model),
    ...closingLines(model).map(spanUnit),
  ];
  return units.sort((a, b) => a.start - b.start);
}

/** The part `name` of the report. */
export function reportPart(model: ReportModel, name: PartName): ReportPart {
  const missing = (): ReportPart => ({ name, units: [], found: false, anchor: titleRange(model) });
  switch (name) {
    case 'any':
      return { name, units: allUnits(model), found: true, anchor: titleRange(model) };
    case 'title':
      return model.title ? { name, units: [spanUnit(model.title)], found: true, anchor: titleRange(model) } : missing();
    case 'closing': {
      const lines = closingLines(model);
      const first = lines[0];
      return first ? { name, units: lines.map(spanUnit), found: true, anchor: [first.start, first.end] } : missing();
    }
    default: {
      const units = name === 'measures' ? measuresUnits(model) : partUnits(model, name);
      const first = units[0];
      if (!first) return missing();
      const head = partHeads(units, model)[0];
      return { name, units, found: true, anchor: head ? headingRange(head) : [first.start, first.end] };
    }
  }
}
