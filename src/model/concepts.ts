/**
 * The vocabulary of the report genre, one place per concept. Every content rule and the model's section
 * roles read their words from here, so a phrasing learnt for one rule is learnt for all.
 *
 * Each concept is a list of RegExp sources (most are plain words), matched on text with whitespace and
 * line breaks removed. Rules let a config add terms through their options (`extra…`); those are plain
 * words, escaped. Where a concept needs more than words — who does what to which object — the matching is
 * in src/model/statements.ts, clause by clause, with the part of the report (measures, problems, plan…)
 * known for every sentence.
 */

/** Builds one RegExp from a concept's sources; an empty list matches nothing. */
export function conceptRe(sources: readonly string[], flags = ''): RegExp {
  const alternatives = sources.filter((s) => s.length > 0);
  return new RegExp(alternatives.length > 0 ? alternatives.join('|') : '(?!)', flags);
}

// ——— People ———————————————————————————————————————————————————————————————

/**
 * The principal leaders whose duty the 第一责任人 item reports (党政主要负责人 and how reports name them).
 * A deputy (副书记, 副镇长) or the head of a sub-unit (村支部书记, 办公室主任) is not one: see
 * NOT_PRINCIPAL, checked on the characters before the match.
 */
export const PRINCIPAL_LEADER = [
  '党政主要负责',
  '主要负责人',
  '主要负责同志',
  '主要领导',
  '一把手',
  '党政正职',
  '党委书记',
  '党工委书记',
  '党组书记',
  '书记',
  '乡长',
  '镇长',
  '县长',
  '区长',
  '市长',
  '局长',
  '主任',
  '厅长',
  '党组',
  '党委',
  '党工委',
  '班子',
] as const;

/** Words right before a leader title that make it someone else: 副镇长, 村党支部书记, 办公室主任. */
export const NOT_PRINCIPAL = /(副|村|社区|支部|总支|所|站|股|科|室|队|中心|办公室|委员会|小组|网格|居委会|村委会)$/;

// ——— What a leader does about the rule of law ———————————————————————————————————

/**
 * Acts that show a leader leading the work in person (the 四个亲自 of the 2016 规定 and what reports
 * tell as evidence of the duty: presiding, studying, reporting on it).
 */
export const LEAD_ACTION = [
  '亲自',
  '主持召开',
  '主持',
  '专题研究',
  '研究部署',
  '研究解决',
  '听取[^。；]{0,20}汇报',
  '带头',
  '述法',
  '述职',
  '讲授',
  '授课',
  '讲法治课',
  '上法治课',
  '宣讲',
  '签订[^。；]{0,12}责任书',
  '批示',
  '督办',
  '过问',
  '调研',
  '出庭应诉',
  '旁听庭审',
  '领学',
  '学法',
  '审定',
  '部署',
  '统筹',
] as const;

/** The objects that make an act a rule-of-law act: 法治, 依法行政, 普法, 学法, 述法, 出庭应诉… */
export const RULE_OF_LAW = [
  '法治',
  '依法治',
  '依法行政',
  '法制',
  '法律',
  '普法',
  '学法',
  '用法',
  '述法',
  '宪法',
  '法规',
  '合法性',
  '行政复议',
  '应诉',
  '庭审',
  '行政执法',
  '依法决策',
] as const;

/** The duty's own name: 第一责任人, 第一责任职责. */
export const DUTY_NAME = ['第一责任'] as const;

/** Other domains with a 第一责任人 or a leader's work of their own: a leader's act for them is not this duty. */
export const OTHER_DOMAIN = [
  '安全生产',
  '意识形态',
  '党风廉政',
  '廉政建设',
  '全面从严治党',
  '从严治党',
  '党建',
  '生态环境保护',
  '环境保护',
  '生态环保',
  '河长',
  '林长',
  '田长',
  '保密',
  '信访',
  '维稳',
  '食品安全',
  '消防',
  '防汛',
  '抗旱',
  '森林防火',
  '疫情防控',
  '扫黑除恶',
  '网络安全',
  '平安建设',
  '综治',
  '统战',
  '国家安全',
  '耕地保护',
  '乡村振兴',
  '招商引资',
  '项目建设',
  '经济发展',
  '巡察整改',
  '审计整改',
] as const;

// ——— The three enforcement systems (国办发〔2018〕118号) ————————————————————————————————

/**
 * Each system by its stock name, and by what it does: an act on an enforcement object in one clause.
 * `name` matches on its own; `act` and `object` must meet in one clause (or one sentence when the act is
 * specific enough, `sentenceAct`). `notObject` marks the look-alikes that are not the system.
 */
export interface SystemConcept {
  name: readonly string[];
  act: readonly string[];
  object: readonly string[];
  /** Acts specific enough to count with an object anywhere in the sentence. */
  sentenceAct: readonly string[];
  /** Look-alike institutions: masked before matching, so they never supply an act or an object. */
  notObject: readonly string[];
  /** When set, a description must also say this (legal review: that the review comes before the decision). */
  required?: readonly string[];
  /**
   * How far a look-alike reaches beyond its own words. 'clause': its whole clause says nothing of the system
   * ("规范性文件涉及吊销许可证事项的，先经合法性审查": the 吊销 is the document's). 'sentence': that, and the rest of the
   * sentence counts only clause by clause — an act and an object must meet in one clause ("集体讨论重大案件31件，形成
   * 会议纪要，讨论过程全程留痕": the 留痕 is the minutes'). Unset: only the look-alike's own words are masked.
   */
  lookAlikeReach?: 'clause' | 'sentence';
}

export const ENFORCEMENT_SYSTEMS: Readonly<Record<'publicity' | 'recording' | 'legalReview', SystemConcept>> = {
  /** 行政执法公示: enforcement information made public before, during and after enforcement. */
  publicity: {
    name: [
      '执法(?:信息|结果|事项|过程)?公示',
      '公示[^。；;，,、]{0,6}执法(?:主体|人员|依据|程序|结果|信息|事项|流程|职责)',
      '事前公开[^。；;]{0,4}事中公示',
      '执法信息(?:公开|公示)',
      '公开[^。；;，,、]{0,4}执法信息',
      '双公示',
    ],
    act: [
      '公开',
      '公示',
      '公布',
      '(?:决定|信息|结果|文书)[^。；;，,]{0,12}上网(?!办)',
      '挂网',
      '上网(?!办|学|培|考|查)',
      '亮证',
      '出示[^。；;，,]{0,4}证',
      '佩戴[^。；;，,]{0,4}证',
      '晾晒',
      '向社会发布',
    ],
    object: [
      '处罚决定',
      '行政处罚',
      '许可决定',
      '行政许可',
      '行政检查',
      '行政强制',
      '执法(?:主体|人员|依据|程序|结果|决定|信息|事项|清单|文书|证件|职责|权限|流程|案件)',
      '案件信息',
    ],
    sentenceAct: ['亮证执法', '持证亮证', '亮证亮责'],
    notObject: [
      '政务公开',
      // With the act: 村务公开 left 公开 unmasked ("推进村务公开涉及行政处罚事项" counted as publicity).
      '村务(?:公开|公示)?',
      '党务(?:公开|公示)?',
      '财务公开',
      '信用信息公示',
      '公示公告',
      '信息公开年报',
      '决策公示',
      '政府信息',
      // Recruiting in the open is not publicity of enforcement: 公开招录执法人员.
      '公开(?:招录|招聘|招考|选拔|遴选|竞聘)',
    ],
  },
  /**
   * 执法全过程记录: the whole enforcement process recorded in writing, audio and video, traceable. The
   * recording words are specific enough to count with an enforcement step anywhere in the sentence ("从现场检查、
   * 调查询问到查封扣押、文书送达，队员到场即开机摄录") — except beside a look-alike: reports say 留痕, 录像 and
   * 可追溯 of minutes, cameras and case files in sentences that also name cases ("集体讨论重大案件31件，形成会议
   * 纪要，讨论过程全程留痕"). The recorder alone ("配备执法记录仪20台") is equipment, not the system.
   */
  recording: {
    name: ['执法[^。；;，,]{0,8}全(?:过)?程[^。；;，,]{0,4}记录', '全过程(?:音像|文字|音视频)?记录', '全程(?:音像|文字)?记录[^。；;，,]{0,6}执法'],
    act: [],
    object: [
      '执法',
      '调查取证',
      '现场检查',
      '检查',
      '取证',
      '询问',
      '送达',
      '执行',
      '立案',
      '处罚',
      '案件',
      '办案',
      '查封',
      '扣押',
      '强制',
    ],
    sentenceAct: [
      '全程记录',
      '全过程记录',
      '如实记录',
      '同步记录',
      '文字记录',
      '记录在案',
      '留痕',
      '录音录像',
      '音视频',
      '音像',
      '录像',
      '摄录',
      '影像',
      '全程开机',
      '可回溯',
      '可追溯',
      '回溯',
    ],
    notObject: [
      '视频监控',
      '监控探头',
      '会议记录',
      '会议纪要',
      '档案管理',
      '档案',
      '台账',
      // Case files reviewed or lent out, 全程留痕: the files' handling is recorded, not the enforcement.
      '评查',
      '借阅',
      // Media and meetings: 普法音视频作品, 短视频, 视频会议.
      '(?:普法|宣传)[^。；;，,]{0,6}(?:音视频|视频|影像)',
      '(?:音视频|影像|录像)(?:作品|节目|课件|资料片|宣传片)',
      '短视频',
      '视频会议',
    ],
    lookAlikeReach: 'sentence',
  },
  /**
   * 重大执法决定法制审核: a major enforcement decision is reviewed for legality before it is made. Described
   * without the name, a sentence must say the review, the kind of decision and that the review comes first
   * ("拟作出较大数额罚款、吊销许可证件等决定的，先经机关法制员审查再提交集体讨论") — a 行政复议 that reviews
   * a decision already made is not this system.
   */
  legalReview: {
    name: [
      '执法决定[^。；;，,]{0,6}(?:法[制治]|合法性)?审[核查]',
      '法[制治]审[核查][^。；;，,]{0,4}执法决定',
      '法[制治]审[核查](?:制度|机构|人员|职责|工作)',
    ],
    act: [],
    object: [
      '执法决定',
      '处罚决定',
      '较大数额',
      '数额较大',
      '大额罚',
      '吊销',
      '责令停产停业',
      '责令停业',
      '责令关闭',
      '没收较大',
      '(?:罚款|没收|吊销|责令|拆除|查封|扣押|关闭|停业)[^。；;]{0,30}(?:决定|案件)',
      '重大(?:行政)?(?:执法|处罚)?案件',
      '重大执法',
      '重大行政处罚',
    ],
    // The review, or who reviews: 法制员, 法律顾问, 公职律师, the 法规股 of a bureau, a township's 司法所.
    sentenceAct: [
      '法[制治]审[核查]',
      '合法性审[核查]',
      '审核',
      '审查',
      '把关',
      '送审',
      '法制员',
      '法律顾问',
      '公职律师',
      '法[制规](?:股|科|室|处|机构)',
      '政策法规',
      '司法所',
    ],
    notObject: ['规范性文件', '行政决策', '重大决策', '合同', '协议', '行政复议', '复议'],
    lookAlikeReach: 'clause',
    required: [
      '拟作出',
      '拟给予',
      '拟对',
      '作出[^。；;]{0,10}前',
      '决定前',
      '先[^。；;，,]{0,6}(?:审|送|交|报|经|由|把)',
      '先行',
      '事先',
      '前置',
      '(?:未经|没有|无)[^。；;]{0,20}(?:不得|一律不)',
      '方可',
      '再提交',
      '后再',
      '再作出',
      '集体讨论',
    ],
  },
};

/** The collective name of the three systems: 三项制度, 行政执法“三项制度”. */
export const SYSTEMS_COLLECTIVE = ['三项制度'] as const;

// ——— Problems and their causes ————————————————————————————————————————————————

/** Words that state a cause outright. */
export const CAUSE_WORD = [
  '原因',
  '成因',
  '根源',
  '根子',
  '究其',
  '由于',
  '源于',
  '缘于',
  '归因',
  '归根',
  '导致',
  '造成',
  '致使',
  '因为',
  '受制于',
  '主观上',
  '客观上',
  '主观方面',
  '客观方面',
  '因素',
  '之所以',
  '症结',
] as const;

/** What a unit works with: its people, their training, money, vehicles, time. */
export const CAPACITY = [
  '人员',
  '人手',
  '队员',
  '干部',
  '力量',
  '编制',
  '在编',
  '经费',
  '资金',
  '培训',
  '训练',
  '专业背景',
  '法律背景',
  '车辆',
  '装备',
  '精力',
] as const;

/** How little of it there is, or that it is borrowed: 只有, 仅, 不足, 缺少, 兼任, 转岗过来… */
export const SCARCITY = ['只有', '仅', '不足', '不到', '偏少', '较少', '有限', '缺少', '缺乏', '没有', '匮乏', '紧张', '转岗', '兼任', '兼顾', '兼职', '同时承担'] as const;

/** What follows from a shortage: 难以, 很难, 跟不上, 打了折扣, 把握不准, 靠老经验… */
export const CONSEQUENCE = ['难以', '很难', '跟不上', '打了折扣', '打折扣', '把握不准', '力不从心', '老经验', '凭经验', '停留在', '顾不过来', '疲于', '无暇'] as const;

/**
 * A shortage of capacity and, later in the sentence, what it leads to: the problems explained by the conditions
 * behind them, in the writer's own words ("培训全年只有2期，队员平时自学多停留在读条文", "缺少系统的法律训练，办理
 * 复杂案件时把握不准").
 */
const CONDITION_THEN_CONSEQUENCE = [
  `${group(CAPACITY)}[^。；;]{0,20}${group(SCARCITY)}[^。；;]{0,60}${group(CONSEQUENCE)}`,
  `${group(SCARCITY)}[^。；;，,]{0,8}${group(CAPACITY)}[^。；;]{0,60}${group(CONSEQUENCE)}`,
];

/**
 * Sentences that explain without a cause word: they tie the problems to a condition —
 * "这与执法人员配备不足有很大关系", "说到底还是重视程度不够", "问题出在…", "根本在于…", "…所致".
 */
export const EXPLANATION = [
  '(?:这|此|上述|以上|这些|前述|这种|此类|究)[^。；]{0,30}(?:与|同|跟|和)[^。；]{1,60}(?:有关|相关|关系|分不开|脱不开|不无关联|有直接联系|密切相连)',
  '(?:说到底|归根结底|归根到底|追根溯源|深究起来|细究起来|分析起来|究根溯源|从深层次看|深层次看|反思起来|深入分析|剖析)',
  '(?:问题|短板|不足|差距)[^。；]{0,12}(?:出在|在于|源自|源头在)',
  '(?:主要|根本|关键|症结|要害)(?:还是)?在于',
  '(?:所致|使然|所限)',
  '(?:反映出|暴露出|说明了|折射出)[^。；]{0,40}(?:不够|不足|不强|不到位|欠缺|缺乏|薄弱|跟不上|偏弱|不高|滞后|缺位)',
  '(?:背后|深层)[^。；]{0,6}(?:是|有)',
  '(?:一方面|另一方面)[^。；]{0,40}(?:不够|不足|不强|不到位|欠缺|缺乏|薄弱|跟不上|偏弱|不高|滞后)',
  '(?:客观|主观)(?:上|方面|来看|而言|地说)',
  ...CONDITION_THEN_CONSEQUENCE,
] as const;

/** A paragraph that opens a list of shortcomings without a heading: "存在的问题主要有：". */
export const PROBLEMS_INTRO =
  '(?:存在|面临)(?:的|着)?(?:主要|一些|以下|若干|不少|诸多|突出)?(?:问题|不足|短板|差距|困难|薄弱环节|短板弱项|弱项)[^。；]{0,8}(?:主要(?:是|有|表现(?:为|在))|如下|[:：])';

// ——— Section headings ————————————————————————————————————————————————————————————

/** Nouns that name shortcomings in a heading: 问题, 不足, 短板, 差距, 薄弱环节, 挑战… */
export const PROBLEM_NOUNS = ['问题', '不足', '短板', '弱项', '差距', '困难', '挑战', '薄弱环节', '薄弱点', '短处', '欠缺', '瓶颈', '短项', '弱点'] as const;

/** Words that name a plan in a heading: 打算, 安排, 计划, 思路, 重点, 任务, 方向, 展望… */
export const PLAN_NOUNS = ['打算', '安排', '计划', '思路', '重点', '目标', '设想', '谋划', '举措', '措施', '任务', '展望', '方向', '部署', '考虑'] as const;

/** The fifth statutory item, 其他需要报告的情况, as a heading: not the year's work (require-measures, src/model/parts.ts). */
export const OTHER_MATTERS = /其他(需要|应当)?(报告|说明)的?(情况|事项)|(需要|应当)(报告|说明)的其他(情况|事项)|^其他(情况|事项)(说明)?$/;

/** When a plan is for: 下一步, 明年, 今后, 新的一年, 下一阶段… (a year after the report's is checked apart). */
export const PLAN_TIME = ['下一步', '下步', '下一年度?', '下年度?', '下一阶段', '下阶段', '明年', '来年', '新的一年', '新一年', '今后', '未来', '后续'] as const;

/** A non-capturing group of the alternatives: group(['a', 'b']) → "(?:a|b)". */
export function group(sources: readonly string[]): string {
  return `(?:${sources.join('|')})`;
}
