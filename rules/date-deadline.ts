/**
 * The report is dated on or before its deadline: 3月1日 of the following year for townships, streets,
 * counties, cities and departments, 4月1日 for provinces (督察工作规定, as restated by the provincial
 * 工作指引; domain.md §1.3). The level and the deadline are configurable.
 * Docs: ./date-deadline.md
 */
import { configuredReportYear } from '../src/model/query.js';
import { defineRule } from '../src/rule-api.js';

const LEVELS = ['', 'township', 'county', 'department', 'city', 'province'] as const;

/** Deadline (month, day) in the year after the report year, by reporting level. */
const DEADLINES: Readonly<Record<string, readonly [number, number]>> = {
  township: [3, 1],
  county: [3, 1],
  department: [3, 1],
  city: [3, 1],
  province: [4, 1],
};

/** Other names a config's `settings.level` may use for the same levels. */
const LEVEL_ALIASES: Readonly<Record<string, string>> = {
  street: 'township',
  town: 'township',
  district: 'county',
  乡: 'township',
  镇: 'township',
  乡镇: 'township',
  街道: 'township',
  县: 'county',
  县级: 'county',
  区: 'county',
  市: 'city',
  市级: 'city',
  省: 'province',
  省级: 'province',
  部门: 'department',
};

const LEVEL_NAMES: Readonly<Record<string, string>> = {
  township: '乡镇（街道）',
  county: '县级',
  department: '政府部门',
  city: '市级',
  province: '省级',
};

const MONTH_DAY = /^(\d{1,2})-(\d{1,2})$/;

function resolveLevel(option: string, setting: unknown): string {
  if (option !== '') return option;
  if (typeof setting !== 'string') return '';
  const key = setting.trim();
  return key in DEADLINES ? key : (LEVEL_ALIASES[key] ?? '');
}

export const rule = defineRule({
  meta: {
    id: 'date-deadline',
    description: '成文日期不应晚于年度报告的报送时限（默认次年3月1日，省级次年4月1日）',
    descriptionEn: 'The report is dated no later than its deadline (1 March of the next year by default, 1 April for provinces)',
    category: 'format',
    severity: 'warn',
    options: {
      level: {
        type: 'string',
        default: '',
        enum: LEVELS,
        description: '报告主体的层级：township（乡镇、街道）、county、department、city、province；留空时取 settings.level，再缺省按次年3月1日',
      },
      deadline: {
        type: 'string',
        default: '',
        description: '自定义报送时限，格式 MM-DD（报告年度的次年），如 "01-31"；填写后优先于 level',
        pattern: { source: '^(0?[1-9]|1[0-2])-(0?[1-9]|[12]\\d|3[01])$', example: '01-31' },
      },
    },
    messages: {
      late: {
        zh: '成文日期{actual}晚于报送时限{deadline}：{levelName}的{reportYear}年度报告应在{deadline}前报送，请核对成文日期',
        en: 'The date {actual} is after the deadline {deadline}: a {reportYear} report of this body is due by {deadline}; check the date',
      },
    },
  },
  check(context) {
    const { model, options, settings } = context;
    const date = model.closing?.date;
    if (!date) return;
    const reportYear = configuredReportYear(settings) ?? model.year;
    // A date inside the report year is report-year-consistency's finding, not a late report.
    if (reportYear === undefined || date.year <= reportYear) return;

    const level = resolveLevel(options.level, settings['level']);
    const custom = MONTH_DAY.exec(options.deadline.trim());
    const [month, day] = custom ? [Number(custom[1]), Number(custom[2])] : (DEADLINES[level] ?? [3, 1]);
    const dueYear = reportYear + 1;
    const late = date.year * 10000 + date.month * 100 + date.day > dueYear * 10000 + month * 100 + day;
    if (!late) return;
    context.report({
      messageId: 'late',
      data: {
        actual: date.span.text,
        deadline: `${dueYear}年${month}月${day}日`,
        reportYear,
        levelName: custom ? '本单位' : (LEVEL_NAMES[level] ?? '本单位'),
      },
      range: [date.span.start, date.span.end],
    });
  },
});
