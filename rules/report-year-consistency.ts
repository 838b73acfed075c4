/**
 * One report, one year: the title's year, the year the body reports on, the year of next year's plans
 * (report year + 1) and the 成文日期 (after the report year ends) agree (督察工作规定 and the provincial
 * 工作指引: each year's report covers the previous year; GB/T 9704 7.3.5).
 * Docs: ./report-year-consistency.md
 */
import { configuredReportYear } from '../src/model/query.js';
import { defineRule, type Paragraph, type Section } from '../src/rule-api.js';
import { matchesOf } from '../src/text/matches.js';

/** A four-digit year before 年 / 年度, not the end of a range (2021-2025年) nor part of a longer number. */
const YEAR = /(?<![\d０-９\-—–~～至到.．/])([12]\d{3})[ \t\u3000]*年(?:度)?/g;
/** A paragraph that opens with the year it reports on: "2023年，…", "2023年以来…", "2023年度，…". Not a date. */
const OPENING_YEAR = /^[ \t\u3000]*([12]\d{3})[ \t\u3000]*年(?!\s*\d{1,2}\s*月)/;
/** After the year of "现将…2023年度…情况报告如下": at most 40 more characters of the sentence, then 报告/汇报如下. */
const REPORTED_AS = /^[^。；]{0,40}?(?:报告|汇报)如下/;

/**
 * The years of the preamble's "现将…2023年度…情况报告/汇报如下" in `plain` (index of each year), as the pattern
 * 现将[^。；]{0,30}?(?<![\d\-—–~～至到])([12]\d{3})[ \t\u3000]*年度?[^。；]{0,40}?(?:报告|汇报)如下 would find them, written
 * out so no regular expression has to look behind (recheck can then prove every pattern here linear).
 */
export function reportingYears(plain: string): Array<{ year: number; index: number }> {
  const found: Array<{ year: number; index: number }> = [];
  for (let i = plain.indexOf('现将'); i !== -1; ) {
    let next = i + 1;
    for (let p = i + 2; p <= i + 32 && p + 4 <= plain.length; p += 1) {
      // The words between 现将 and the year stay in the sentence.
      if (p > i + 2 && (plain[p - 1] === '。' || plain[p - 1] === '；')) break;
      const year = plain.slice(p, p + 4);
      if (!/^[12]\d{3}$/.test(year) || /[\d\-—–~～至到]/.test(plain[p - 1] ?? '')) continue;
      let q = p + 4;
      while (q < plain.length && (plain[q] === ' ' || plain[q] === '\t' || plain[q] === '\u3000')) q += 1;
      if (plain[q] !== '年') continue;
      q += 1;
      // 年度? (度 taken when it is there, unless only leaving it makes a match), then up to 40 characters.
      let end: number | undefined;
      for (const from of plain[q] === '度' ? [q + 1, q] : [q]) {
        const rest = REPORTED_AS.exec(plain.slice(from, from + 46));
        if (rest) {
          end = from + rest[0].length;
          break;
        }
      }
      if (end === undefined) continue;
      found.push({ year: Number(year), index: p });
      next = end;
      break;
    }
    i = plain.indexOf('现将', next);
  }
  return found;
}

interface YearAt {
  year: number;
  start: number;
  end: number;
}

function yearsIn(text: string, offset: number): YearAt[] {
  return [...matchesOf(YEAR, text)].map((m) => ({ year: Number(m[1]), start: offset + m.index, end: offset + m.index + (m[1]?.length ?? 4) }));
}

/** The year a paragraph opens with, as a source range. */
function openingYear(paragraph: Paragraph): YearAt | undefined {
  const m = OPENING_YEAR.exec(paragraph.plain);
  if (!m?.[1]) return undefined;
  const at = m[0].indexOf(m[1]);
  return { year: Number(m[1]), start: paragraph.toOffset(at), end: paragraph.toOffset(at + 4) };
}

/** Years the preamble gives as the reporting year: the opening "2023年，…" and "现将…2023年度…报告如下". */
function preambleYears(preamble: readonly Paragraph[]): YearAt[] {
  const found: YearAt[] = [];
  const first = preamble[0];
  const opening = first && openingYear(first);
  if (opening) found.push(opening);
  for (const paragraph of preamble) {
    for (const m of reportingYears(paragraph.plain)) {
      const start = paragraph.toOffset(m.index);
      if (!found.some((y) => y.start === start)) found.push({ year: m.year, start, end: paragraph.toOffset(m.index + 4) });
    }
  }
  return found;
}

/** Years in a section heading (without its ordinal), e.g. 一、2022年度推进法治政府建设的主要举措 → 2022. */
function headingYears(section: Section): YearAt[] {
  const { span, ordinal } = section.heading;
  const skip = ordinal ? ordinal.span.end - span.start : 0;
  return yearsIn(span.text.slice(skip), span.start + skip);
}

export const rule = defineRule({
  meta: {
    id: 'report-year-consistency',
    description: '标题年份、正文所报年度、下一年度工作安排的年份和成文日期应相互一致',
    descriptionEn: 'The title year, the year reported on, the year of next year\'s plans and the date of the report agree',
    category: 'content',
    severity: 'warn',
    messages: {
      titleYear: {
        zh: '标题中的年份{actual}年与设定的报告年度{expected}年不一致：请核对标题中的年份',
        en: 'The title says {actual}, but the configured report year is {expected}: check the year in the title',
      },
      bodyYear: {
        zh: '此处所报年度为{actual}年，与报告年度{expected}年（见标题）不一致：请统一全文的报告年度',
        en: 'The year reported on here is {actual}, not the report year {expected} (see the title): use one report year throughout',
      },
      bodyYearConfigured: {
        zh: '此处所报年度为{actual}年，与配置设定的报告年度{expected}年（settings.reportYear）不一致：请统一全文的报告年度',
        en: 'The year reported on here is {actual}, not the configured report year {expected} (settings.reportYear): use one report year throughout',
      },
      bodyYearUntitled: {
        zh: '此处所报年度为{actual}年，与正文开头所报的{expected}年不一致：请统一全文的报告年度，并在标题中写明年度',
        en: 'The year reported on here is {actual}, not {expected} as the body begins: use one report year throughout and put it in the title',
      },
      planYear: {
        zh: '下一年度工作安排写的是{actual}年：{reportYear}年度报告的工作安排应针对{expected}年，请核对年份',
        en: 'Next year\'s plans are dated {actual}: the plans in a {reportYear} report are for {expected}; check the year',
      },
      dateTooEarly: {
        zh: '成文日期{actual}早于报告年度结束：{reportYear}年度的报告应在{nextYear}年成文，请核对成文日期或报告年度',
        en: 'The date {actual} falls before the report year ends: a report on {reportYear} is dated in {nextYear} or later; check the date or the year',
      },
    },
  },
  check(context) {
    const { model, settings } = context;
    const titleYear = model.title ? yearsIn(model.title.text, model.title.start)[0] : undefined;
    const configured = configuredReportYear(settings);
    const reportYear = configured ?? titleYear?.year ?? model.year;
    if (reportYear === undefined) return;

    if (configured !== undefined && titleYear && titleYear.year !== configured) {
      context.report({ messageId: 'titleYear', data: { actual: titleYear.year, expected: configured }, range: [titleYear.start, titleYear.end] });
    }

    // The year the body reports on: the preamble, and the heading of the measures part.
    const bodyYears = [
      ...preambleYears(model.preamble),
      ...model.sections.filter((s) => s.role === 'measures').flatMap((s) => headingYears(s).slice(0, 1)),
    ];
    // Say where the report year came from: the config, the title, or the body's first year.
    const bodyYear = configured !== undefined ? 'bodyYearConfigured' : titleYear ? 'bodyYear' : 'bodyYearUntitled';
    for (const at of bodyYears) {
      if (at.year !== reportYear) {
        context.report({ messageId: bodyYear, data: { actual: at.year, expected: reportYear }, range: [at.start, at.end] });
      }
    }

    // Next year's plans: the year in the plan heading, else the year its first paragraph opens with.
    for (const plan of model.sections.filter((s) => s.role === 'plan')) {
      const first = plan.body[0];
      const at = headingYears(plan)[0] ?? (first ? openingYear(first) : undefined);
      if (at && at.year !== reportYear + 1) {
        context.report({
          messageId: 'planYear',
          data: { actual: at.year, expected: reportYear + 1, reportYear },
          range: [at.start, at.end],
        });
      }
    }

    const date = model.closing?.date;
    if (date && date.year <= reportYear) {
      context.report({
        messageId: 'dateTooEarly',
        data: { actual: date.span.text, reportYear, nextYear: reportYear + 1 },
        range: [date.span.start, date.span.end],
      });
    }
  },
});
