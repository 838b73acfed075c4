/**
 * no-copied-text findings for the summary formatters' tests: by hand (exact numbers), and by linting reports against
 * each other with the real rule and an index built as the CLI builds it (src/compare/documents.ts).
 */
import { rule } from '../../rules/no-copied-text.js';
import { addDocument } from '../../src/compare/documents.js';
import { combinedIndex, TextIndexBuilder } from '../../src/compare/text-index.js';
import { lintText } from '../../src/engine/lint-text.js';
import type { LintMessage, LintResult } from '../../src/types.js';
import { configFor } from '../rule-tester.js';
import { msg } from './helpers.js';

/** A no-copied-text warning with the data the rule gives (only the fields the summaries read matter here). */
export function copiedMsg(line: number, source: string, kind: 'reference' | 'run', matchedChars: number, documentChars: number): LintMessage {
  const percent = 90;
  return msg({
    ruleId: 'no-copied-text',
    severity: 1,
    line,
    column: 1,
    message: `本段约${percent}%与${kind === 'reference' ? '往年报告' : '同批报告'}“${source}”第${line}行相同`,
    data: { source, place: `第${line}行`, percent, share: percent / 100, sourceKind: kind, sourceLine: line, sourceStart: 0, sourceEnd: 10, matchedChars, documentChars },
  });
}

/** The copied share of a linted result in whole percent, added up here from its messages' data. */
export function percentOf(result: LintResult): number {
  const data = result.messages.flatMap((message) => (message.ruleId === 'no-copied-text' && message.data ? [message.data] : []));
  const matched = data.reduce((sum, item) => sum + Number(item['matchedChars']), 0);
  const total = Math.max(...data.map((item) => Number(item['documentChars'])));
  return Math.max(1, Math.round(Math.min(1, matched / total) * 100));
}

export const report = (unit: string, year: number, paragraphs: readonly string[]): string =>
  `${unit}人民政府关于${year}年度法治政府建设情况的报告\n\n一、主要举措和成效\n${paragraphs.join('\n')}\n\n${unit}人民政府\n${year + 1}年2月20日\n`;

/** Last year's two paragraphs, as 赵庄镇 wrote them. */
export const OLD = [
  '2023年，我镇坚持把普法宣传作为基础性工作，全年开展送法下乡活动12次，在全镇11个行政村设立法治宣传栏，组织村“两委”干部和法律明白人集中培训2期，群众的法治意识明显增强。',
  '我镇严格落实行政执法公示制度，在镇政府门户网站和便民服务大厅公示执法主体、执法人员、执法依据和办事流程，全年公示执法信息46条，执法全过程记录率达到百分之百，重大执法决定全部经过法制审核。',
];
/** Written this year by 郑旗乡 itself. */
export const OWN = '今年我乡把行政执法规范化作为重点，组织执法人员到县综合执法局跟班学习两周，针对农村建房审批中群众反映较多的材料重复提交问题，梳理出统一的申请清单并在各村便民服务站公开。';

/**
 * Three reports linted with no-copied-text against one index: 郑旗乡 took both of 赵庄镇's paragraphs (names and
 * numbers changed) and wrote one of its own; 赵庄镇 therefore shares them with 郑旗乡; 官田乡 has nothing in common.
 */
export async function lintCopied(cwd: string): Promise<LintResult[]> {
  const texts: Array<[string, string]> = [
    ['郑旗乡.txt', report('郑旗乡', 2024, [OLD[0]!.replace('2023', '2024').replace(/镇/g, '乡').replace('12次', '15次'), OLD[1]!.replace(/镇/g, '乡').replace('46条', '52条'), OWN])],
    ['赵庄镇.txt', report('赵庄镇', 2024, OLD)],
    [
      '官田乡.txt',
      report('官田乡', 2024, ['官田乡今年重点推进矛盾纠纷多元化解，在乡综治中心设立人民调解室，聘请退休法官和村里有威望的老党员担任调解员，全年调处邻里、土地和婚姻家庭纠纷三十余件，没有发生一起民转刑案件。']),
    ],
  ];
  const builder = new TextIndexBuilder();
  for (const [name, text] of texts) addDocument(builder, { path: `${cwd}/${name}`, name }, false, { filePath: `${cwd}/${name}`, text, syntax: 'text' });
  const textIndex = combinedIndex([builder.build()]);
  const config = configFor(rule, {}, {}, 1);
  return Promise.all(texts.map(([name, text]) => lintText({ filePath: `${cwd}/${name}`, text, syntax: 'text' }, config, { textIndex })));
}
