/**
 * Formulas that nearly every report repeats word for word: the central policy wording, the statutory section names.
 * A paragraph is not "copied" for quoting them, so they are taken out before a paragraph is fingerprinted
 * (./normalise.ts). Titles in 《》 are taken out by the normaliser itself. The index also learns which passages are
 * common in the reports it holds (./text-index.ts); this list covers the batches too small to learn from.
 */
export const STOCK_PHRASES: readonly string[] = [
  // Policy formulas.
  '以习近平新时代中国特色社会主义思想为指导',
  '习近平新时代中国特色社会主义思想',
  '深入学习贯彻习近平法治思想',
  '深入贯彻习近平法治思想',
  '学习贯彻习近平法治思想',
  '习近平法治思想',
  '全面贯彻党的二十大和二十届二中三中全会精神',
  '全面贯彻党的二十大精神',
  '党的二十大和二十届历次全会精神',
  '党的二十届三中全会精神',
  '党的二十大精神',
  '中央全面依法治国工作会议精神',
  '全面依法治国',
  '法治政府建设实施纲要',
  '法治政府建设与责任落实督察工作规定',
  '党政主要负责人履行推进法治建设第一责任人职责规定',
  '推进法治建设第一责任人职责',
  '重要工作亲自部署重大问题亲自过问重点环节亲自协调重要任务亲自督办',
  '重要工作亲自部署重大问题亲自过问重点环节亲自协调重要任务亲自督促',
  '同部署同推进同督促同考核同奖惩',
  '同部署同推进同督促同考核',
  '同部署同推进同考核',
  '亲自抓法治建设',
  '坚持法治国家法治政府法治社会一体建设',
  '法治国家法治政府法治社会一体建设',
  '职能科学权责法定执法严明公开公正智能高效廉洁诚信人民满意',
  '严格规范公正文明执法',
  '人大及其常委会的法律监督工作监督和',
  '政协的民主监督',
  '人大及其常委会的监督',
  '行政执法公示制度执法全过程记录制度重大执法决定法制审核制度',
  '行政执法三项制度',
  '谁执法谁普法',
  '八五普法',
  '九五普法',
  '放管服',
  '最多跑一次',
  '枫桥经验',
  // A web page's breadcrumb (no-web-residue reports it).
  '您当前的位置',
  '法定主动公开内容',
  // The statutory parts as headings name them.
  '法治政府建设的主要举措和成效',
  '党政主要负责人履行推进法治建设第一责任人职责',
  '推进法治政府建设存在的不足和原因',
  '存在的不足和原因',
  '下一年度推进法治政府建设的主要安排',
  '下一步工作打算',
  '下一步工作安排',
];
