/**
 * The title names the subject (the reporting body), the year, 法治政府建设 and the 文种 报告, and has
 * no sentence punctuation (《党政机关公文处理工作条例》第九条: 标题由发文机关名称、事由和文种组成;
 * GB/T 9704-2012 7.3.1 practice).
 * Docs: ./title-format.md
 */
import { defineRule } from '../src/rule-api.js';
import { stripSpaces, TITLE_END_MARKS, trimEndOf } from '../src/text/chars.js';
import { matchesOf } from '../src/text/matches.js';

/** Genre words that are not the 文种 报告, wherever they stand ("…工作总结的报告" mixes two). */
const WRONG_DOC_TYPES: readonly string[] = ['工作总结', '总结', '汇报'];

/** Sentence punctuation that a title does not carry (书名号, 引号, 括号, 破折号, 顿号 are allowed). */
const SENTENCE_PUNCTUATION = /[，。；：！？,;:!?]/g;

/** A year in the title: 2024年, 2024 年度, 二〇二四年. */
const YEAR = /(?:[12]\d{3}|[〇○零一二三四五六七八九]{4})[ \t\u3000]*年/;

/** Unit or place words that end the name of a reporting body (人民政府, 委员会, 局, 办事处, 乡, 镇…). */
const UNIT_SUFFIXES: readonly string[] = [
  '政府', '委员会', '党委', '党工委', '工委', '委', '局', '厅', '办事处', '办公室', '管委会', '街道',
  '乡', '镇', '县', '区', '市', '旗', '州', '盟', '省', '处', '中心', '所', '院', '署', '办',
];

const isHan = (char: string): boolean => char >= '\u4e00' && char <= '\u9fa5';

/**
 * Whether the part before the year or 关于 names the body: its last run of Han characters ends in a
 * unit or place word with at least two characters before it. Scanned by hand rather than with
 * /(?<!汉)汉{2,}(?:…)$/, which backtracks polynomially on long runs of Han text.
 */
function namesBody(text: string): boolean {
  let start = text.length;
  while (start > 0 && isHan(text[start - 1] ?? '')) start -= 1;
  const run = text.slice(start);
  return UNIT_SUFFIXES.some((unit) => run.endsWith(unit) && run.length - unit.length >= 2);
}

export const rule = defineRule({
  meta: {
    id: 'title-format',
    description: '标题应写明报告主体、年度、“法治政府建设”和文种“报告”，不用句读标点',
    descriptionEn: 'The title names the body, the year, 法治政府建设 and the document type 报告, without sentence punctuation',
    category: 'format',
    severity: 'warn',
    fixable: true,
    options: {
      topics: {
        type: 'string[]',
        default: ['法治政府建设'],
        description: '标题中应出现的事由关键词，出现其中之一即可',
      },
      wrongDocTypes: {
        type: 'string[]',
        default: WRONG_DOC_TYPES,
        description: '不应出现在标题中的其他文种或非正式说法，长的写在前面',
      },
    },
    messages: {
      missingSubject: {
        zh: '标题未写明报告主体：请在标题开头写明发文机关名称，如“××乡人民政府关于2024年度法治政府建设情况的报告”',
        en: 'The title does not name the reporting body: start it with the issuing body, e.g. “××乡人民政府关于2024年度法治政府建设情况的报告”',
      },
      missingYear: {
        zh: '标题未写明报告年度：请在标题中写明年份，如“2024年度”',
        en: 'The title gives no year: add the report year, e.g. “2024年度”',
      },
      missingTopic: {
        zh: '标题未写明事由“{topic}”：请写明这是关于法治政府建设情况的报告',
        en: 'The title does not say "{topic}": say that the report is about building rule-of-law government',
      },
      wrongDocType: {
        zh: '标题用了“{found}”：年度报告的文种是“报告”，应写作“……情况的报告”或“……情况报告”',
        en: 'The title says "{found}": the document type is 报告; write “……情况的报告” or “……情况报告”',
      },
      missingDocType: {
        zh: '标题未以文种“报告”结尾：应写作“……情况的报告”或“……情况报告”',
        en: 'The title does not end with the document type 报告: write “……情况的报告” or “……情况报告”',
      },
      punctuation: {
        zh: '标题中不应使用句读标点“{mark}”：请删去或改写',
        en: 'The title should not contain the sentence mark "{mark}": remove it or rephrase',
      },
    },
  },
  check(context) {
    const { model, options } = context;
    const title = model.title;
    if (!title) return;
    const range = [title.start, title.end] as const;
    // Markdown marks and spaces around the title are not part of its wording.
    const wording = title.text.replace(/^[#\s\u3000]+/, '').trimEnd();
    const compact = stripSpaces(wording);

    // The subject: text before 关于 or before the year; an issuer line just above the title counts.
    const yearMatch = YEAR.exec(compact);
    const cut = [compact.indexOf('关于'), yearMatch?.index ?? -1].reduce((min, i) => (i >= 0 && i < min ? i : min), compact.length);
    const before = compact.slice(0, cut).replace(/[、和及与]$/, '');
    const topics = options.topics.filter((t) => t !== '');
    const topicAt = topics.map((t) => compact.indexOf(t)).reduce((min, i) => (i >= 0 && i < min ? i : min), compact.length);
    // "2024年度XX县司法局法治政府建设情况报告": the body may also stand between the year and the topic.
    const afterYear = yearMatch ? compact.slice(yearMatch.index + yearMatch[0].length, topicAt).replace(/^度/, '') : '';
    if (!model.headerIssuer && !namesBody(before) && !namesBody(afterYear)) {
      context.report({ messageId: 'missingSubject', range });
    }
    if (!yearMatch) context.report({ messageId: 'missingYear', range });
    const topic = topics[0];
    if (topic !== undefined && topicAt === compact.length) context.report({ messageId: 'missingTopic', data: { topic }, range });

    // A trailing note such as （送审稿） or （代拟稿） is not part of the 文种.
    const core = trimEndOf(compact, '。.！!；;，,：:').replace(/[（(][^（）()]{1,8}[)）]$/, '');
    const wrong = options.wrongDocTypes.find((t) => t !== '' && core.includes(t));
    if (wrong) context.report({ messageId: 'wrongDocType', data: { found: wrong }, range });
    else if (!core.endsWith('报告')) context.report({ messageId: 'missingDocType', range });

    // The marks at the very end (nothing but marks and spaces after them) are deleted, all in one pass: one per pass
    // would leave a run of them half fixed after --fix's ten passes.
    const tail = trimEndOf(title.text, TITLE_END_MARKS, true).length;
    for (const match of matchesOf(SENTENCE_PUNCTUATION, title.text)) {
      const at = title.start + match.index;
      const trailing = match.index >= tail;
      context.report({
        messageId: 'punctuation',
        data: { mark: match[0] },
        range: [at, at + 1],
        ...(trailing ? { fix: { range: [at, at + 1] as const, text: '' } } : {}),
      });
    }
  },
});
