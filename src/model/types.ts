/**
 * The report model: what a reviewer sees when reading a 法治政府建设情况报告 — header, title, year,
 * section tree, closing block — built once per file (src/model/build.ts) and shared by every rule.
 *
 * Offsets are 0-based UTF-16 indexes into the linted text, end-exclusive. For every `TextSpan`,
 * `text === source.slice(start, end)` holds exactly, so rules can report `[start, end]` directly.
 */

export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

/**
 * A paragraph of running text as the writer meant it: lines that PDF extraction broke apart are
 * joined, page-number lines dropped.
 */
export interface Paragraph {
  /** Exact source range, from the first to the last character of the paragraph. */
  start: number;
  end: number;
  /** The text with line breaks, page-number lines and indentation removed: match keywords here. */
  plain: string;
  /** Maps an index in `plain` (0..plain.length) back to an offset in the source. */
  toOffset(plainIndex: number): number;
  /**
   * The statutory part the paragraph belongs to when it is not its section's: the plans half of a part
   * that holds problems and plans ("四、存在问题及今后打算").
   */
  role?: SectionRole;
}

/** The 公文 ordinal hierarchy: 一、 (1) → （一） (2) → 1. (3) → （1） (4). */
export type OrdinalLevel = 1 | 2 | 3 | 4;

/**
 * How an ordinal is written. The standard forms are 'cn-dun' 一、, 'cn-paren' （一）, 'arabic-dot' 1.
 * and 'arabic-paren' （1）; the others are common mistakes, mapped to the level they stand for.
 */
export type OrdinalStyle =
  | 'cn-dun' //        一、
  | 'cn-dot' //        一. 一．
  | 'cn-comma' //      一， 一,
  | 'cn-paren' //      （一）
  | 'cn-paren-half' // (一) or mixed （一) (一）
  | 'cn-paren-dun' //  （一）、 (一)、
  | 'arabic-dot' //    1. 1．
  | 'arabic-dun' //    1、
  | 'arabic-comma' //  1， 1,
  | 'arabic-paren' //  （1）
  | 'arabic-paren-half' // (1) or mixed
  | 'arabic-rparen'; // 1） 1)

export interface Ordinal {
  /** The marker as written, e.g. "（一）", "(一)", "1、" — without the space that may follow it. */
  span: TextSpan;
  level: OrdinalLevel;
  /** 一 → 1, 十二 → 12, 3 → 3. */
  value: number;
  style: OrdinalStyle;
}

/** What a section is about, from its heading. Used by the content rules and by rules scoped to one part. */
export type SectionRole =
  | 'measures' //                 主要举措和成效 / 工作开展情况
  | 'first-responsible-person' // 履行推进法治建设第一责任人职责情况
  | 'problems' //                 存在的问题（和原因）
  | 'plan' //                     下一步工作打算 / 下一年度主要安排
  | 'other'; //                   anything else

export interface Heading {
  /**
   * The heading as written. For a run-in heading ("（一）强化组织领导。根据…") it ends after the first
   * sentence's 。 (included); for a heading line, at the end of the line (trailing spaces excluded).
   */
  span: TextSpan;
  /** Absent when the heading has no ordinal (a Markdown heading, or a line that has lost its ordinal). */
  ordinal?: Ordinal;
  /** The heading text without ordinal, Markdown marks and trailing punctuation. */
  title: string;
  /** True when the heading is the first sentence of a paragraph. */
  runIn: boolean;
  /** `#` count when the heading is a Markdown heading. */
  markdownDepth?: number;
}

export interface Section {
  heading: Heading;
  /** Depth in the section tree, 1 for a top-level section. */
  depth: number;
  role: SectionRole;
  /**
   * True when the heading names the problems and then the plans ("四、存在问题及今后打算"): the role is
   * 'problems', and the paragraphs and sub-sections from the first that opens a plan on have role 'plan'.
   */
  combined?: true;
  /** Paragraphs after the heading and before the first child section. A run-in heading's rest of paragraph is the first one. */
  body: Paragraph[];
  children: Section[];
  /** From the heading's start to the end of the last paragraph of the section (children included). */
  start: number;
  end: number;
}

export type DateStyle =
  | 'arabic' //  2024年3月15日
  | 'chinese' // 二〇二四年三月十五日
  | 'iso' //     2024-03-15
  | 'dotted' //  2024.03.15 or 2024/3/15
  | 'padded' //  2024年03月05日 (Arabic with zero padding)
  | 'short-year'; // 24年3月15日 (a two-digit year, read as 20xx)

export interface DateMention {
  span: TextSpan;
  year: number;
  month: number;
  day: number;
  style: DateStyle;
}

export type ResidueKind =
  | 'breadcrumb' //   您当前的位置：首页 > …
  | 'page-meta' //    发布时间 / 来源 / 访问量 / 字体 / 作者
  | 'page-action' //  打印本页 / 关闭窗口 / 分享到 / 【大 中 小】
  | 'page-number'; // — 3 —, 第3页 (PDF extraction)

export interface Residue {
  span: TextSpan;
  kind: ResidueKind;
}

export interface ClosingBlock {
  /** From the first signature/date/抄送 line after the body to the end of the document; absent if none. */
  start: number;
  end: number;
  /** Issuing bodies signed under the body, one per line (a joint report has two). */
  signatures: TextSpan[];
  /** The 成文日期: a date on its own line after the body (not a web page's 发布时间). */
  date?: DateMention;
  /** 抄送 line. */
  cc?: TextSpan;
  /** The 印发 line ("XX办公室 2024年1月5日印发"), and its date. */
  imprint?: TextSpan;
  imprintDate?: DateMention;
}

export interface ReportModel {
  /** The linted text, for convenience. */
  text: string;
  /** Non-blank lines above the title: 版头, 发文字号, issuer lines. */
  header: TextSpan[];
  /** The issuing body named above the title or at the start of the title ("XX人民政府关于…"). */
  headerIssuer?: TextSpan;
  /** 发文字号 such as 漳官委〔2023〕18号, wherever it stands in the header. */
  docNumber?: TextSpan;
  /** 主送 line ("XX市人民政府："). */
  addressee?: TextSpan;
  title?: TextSpan;
  /** The year reported on, from the title, else from the body's first year. */
  year?: number;
  /** Paragraphs between the title (or 主送) and the first section. */
  preamble: Paragraph[];
  /** Top-level sections, in order. */
  sections: Section[];
  /** Every section, depth-first in document order. */
  allSections: Section[];
  /** Every body paragraph (preamble and sections) in document order. */
  paragraphs: Paragraph[];
  /** The report body: from after the title to the end of the last section. */
  body: { start: number; end: number };
  closing?: ClosingBlock;
  /** Web-page and PDF residue the model skipped (not part of the report text). */
  residue: Residue[];
}
