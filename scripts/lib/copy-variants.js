// @ts-check
/**
 * Copied variants of real reports, for the tests and the bench of `no-copied-text`.
 *
 * A variant is a *target* report T with a few of its long paragraphs replaced by, or followed by, paragraphs taken
 * from a *source* report S (another unit's report, or last year's), each passed through one transform a copier might
 * apply: none (`verbatim`), unit names and numbers changed (`renamed`), one sentence added (`sentence-added`), one
 * sentence dropped (`sentence-dropped`), sentences shuffled (`reordered`). The truth says which lines were copied
 * (and from where) and which long lines are T's own (`fresh`: must not be flagged).
 *
 * Deterministic: everything random comes from one mulberry32 stream seeded by `seed`. No dependencies beyond Node.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** @typedef {{ name: string, text: string }} SourceFile */
/** @typedef {'verbatim' | 'renamed' | 'sentence-added' | 'sentence-dropped' | 'reordered'} Transform */
/** @typedef {{ file: string, line: number, source: string, sourceLine: number, transform: Transform }} CopiedEntry */
/** @typedef {{ file: string, line: number }} FreshEntry */

/** @type {readonly Transform[]} */
export const TRANSFORMS = ['verbatim', 'renamed', 'sentence-added', 'sentence-dropped', 'reordered'];

/** Lines of T with at least this many Han characters may be replaced or followed by a copy; they are `fresh` otherwise. */
export const LONG_LINE_HAN = 40;
/** Paragraphs of S with at least this many Han characters may be copied. */
export const COPY_MIN_HAN = 60;

/** Number of Han characters [\u4e00-\u9fa5] in `text`. @param {string} text */
export function hanCount(text) {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fa5) n++;
  }
  return n;
}

/** A seeded PRNG: mulberry32, returning floats in [0, 1). @param {number} seed @returns {() => number} */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** @param {() => number} rng @param {number} n an integer in [0, n) */
const randInt = (rng, n) => Math.floor(rng() * n);
/** @template T @param {() => number} rng @param {readonly T[]} items */
const pick = (rng, items) => /** @type {T} */ (items[randInt(rng, items.length)]);
/** @template T @param {() => number} rng @param {T[]} items shuffled in place (Fisher–Yates) and returned */
function shuffle(rng, items) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randInt(rng, i + 1);
    const tmp = /** @type {T} */ (items[i]);
    items[i] = /** @type {T} */ (items[j]);
    items[j] = tmp;
  }
  return items;
}

// ---------------------------------------------------------------------------------------------------------------
// Sentences

/** A sentence ends at 。；！？ (or ASCII ;!?), with any closing quotes or brackets right after it. */
const SENTENCE = /[^。；！？;!?]*(?:[。；！？;!?]+[”’"'）)】」』]*|$)/g;
const TERMINATED = /[。；！？;!?][”’"'）)】」』]*$/;

/** The sentences of a paragraph, each with its end punctuation; their concatenation is the paragraph. @param {string} text */
export function splitSentences(text) {
  /** @type {string[]} */
  const out = [];
  SENTENCE.lastIndex = 0;
  for (const m of text.matchAll(SENTENCE)) if (m[0] !== '') out.push(m[0]);
  return out;
}

/** `sentence` with a full stop when it has no end punctuation (it is moved away from the paragraph's end); 如下： → 如下。 */
const terminate = (/** @type {string} */ sentence) => (TERMINATED.test(sentence) ? sentence : `${sentence.replace(/[：:，,、\s]+$/, '')}。`);

// ---------------------------------------------------------------------------------------------------------------
// Unit names, report year

const NAME_SUFFIX = '(?:街道|镇|乡|县|区|市)';
/** 2–4 Han characters that are not themselves a suffix, then a suffix: 鹤林乡, 清溪县, 槐荫路街道, 横坑瑶族乡. */
const NAME_RE = new RegExp(`(?:(?![镇乡县区市])[\\u4e00-\\u9fa5]){2,4}${NAME_SUFFIX}`, 'g');
/** Leading characters a greedy match picks up from the text before a name (中共官田乡委员会, 关于2023年官田乡…). */
const NAME_PREFIX = /^(?:中共|中国|关于|年度|地处|位于|年|度|在|于|和|与|及|对|向|由|经|是|为|的)+/;
/** Words that never occur in a unit name (县委全面依法治县委员会 → 面依法治县). */
const NOT_A_NAME = /依法|法治|委员|政府|人民|全面|建设|领导|治理|管理|执法|监督|综合|社会|主义|工作|报告|专栏|公开|首页|位置|部门|信息|党委|城乡|市场|按照|围绕|对照|抓住|完善|调整|作为|服务|等|返/;
/** Kinds of area that are not units (社区, 园区, 山区, 自治区), and cuts with a count or list word in them. */
const NOT_A_PLACE = /(?:社|园|山|城|市|景|治|辖|郊|片)区$|城市$|^(?:[一二三四五六七八九十]是|个|部分|全|各|我|本|该|每|省|市|县)/;
/** @type {Record<string, number>} */
const LEVEL = { 市: 1, 县: 2, 区: 2, 镇: 3, 乡: 3, 街道: 3 };

/** @param {string} name */
const suffixOf = (name) => (name.endsWith('街道') ? '街道' : name.slice(-1));

/**
 * The unit and place names of a report (2–4 Han characters before 镇/乡/街道/县/区/市), found in its first lines
 * (breadcrumb, title, addressee, the start of the opening paragraph) and its last lines (signature). Ordered from the
 * widest to the narrowest level (市, then 县/区, then 镇/乡/街道), then by first occurrence.
 * @param {string} text
 * @returns {string[]}
 */
export function unitNames(text) {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  const head = lines.slice(0, 8);
  const tail = lines.slice(Math.max(8, lines.length - 8));
  /** @type {Map<string, number>} name → first index in the places text */
  const found = new Map();
  let offset = 0;
  for (const line of [...head, ...tail]) {
    // A title, breadcrumb, addressee or signature: any name in it. A paragraph (the opening one): only a name that
    // starts one of its first clauses (2024年，东屿街道坚持…; 青云镇地处紫溪县东部…).
    const short = hanCount(line) < LONG_LINE_HAN;
    const scope = short ? line : line.slice(0, 24);
    for (const m of scope.matchAll(NAME_RE)) {
      const at = m.index ?? 0;
      let name = m[0];
      const kind = suffixOf(name);
      const stem = name.slice(0, name.length - kind.length).replace(NAME_PREFIX, '');
      if (stem.length < 2) continue;
      if (!short && at + name.length - kind.length - stem.length > 0 && !/[，,、：:；\s]$/.test(scope.slice(0, at + m[0].length - kind.length - stem.length))) continue;
      name = stem + kind;
      if (NOT_A_NAME.test(name) || NOT_A_PLACE.test(name)) continue;
      // 县委, 县级, 市场, 乡镇, 乡村: the suffix was the start of another word (紧紧围绕县委…).
      if (/^(?:委(?!员会)|[级场镇村直属域情民里内外])/.test(scope.slice(at + m[0].length))) continue;
      if (!found.has(name)) found.set(name, offset + at);
    }
    offset += line.length + 1;
  }
  // A name that is the tail of a longer one found too (坑瑶族乡 beside 横坑瑶族乡) is a bad cut of it.
  const names = [...found.keys()].filter((n) => ![...found.keys()].some((o) => o !== n && o.endsWith(n)));
  return names.sort(
    (a, b) => (LEVEL[suffixOf(a)] ?? 0) - (LEVEL[suffixOf(b)] ?? 0) || /** @type {number} */ (found.get(a)) - /** @type {number} */ (found.get(b)),
  );
}

/**
 * The year a report is about: the first 4-digit year followed by 年 in its first lines (the title), else the most
 * frequent such year in the text; undefined if there is none.
 * @param {string} text
 */
export function reportYear(text) {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  for (const line of lines.slice(0, 8)) {
    const m = /(?:19|20)\d\d(?=\s*年)/.exec(line);
    if (m && /报告|法治政府/.test(line)) return Number(m[0]);
  }
  /** @type {Map<number, number>} */
  const counts = new Map();
  for (const m of text.matchAll(/(?:19|20)\d\d(?=\s*年)/g)) counts.set(Number(m[0]), (counts.get(Number(m[0])) ?? 0) + 1);
  let best;
  let bestCount = 0;
  for (const [year, count] of counts) if (count > bestCount) [best, bestCount] = [year, count];
  return best;
}

// ---------------------------------------------------------------------------------------------------------------
// Transforms

/** Sentences for `sentence-added`: about local specifics, not formulaic, 20–40 Han characters, no digits or names. */
export const ADDED_SENTENCES = [
  '针对辖区外出务工人员多的特点，我们在春节返乡高峰期设置了劳动维权法律咨询点。',
  '结合山区村组居住分散的实际，司法所干部利用赶集日上门走访，当面解答群众的法律疑问。',
  '部分村规民约中存在与法律相抵触的条款，经逐条审查后已全部督促修改完善。',
  '汛期过后，围绕灾后重建中的宅基地和补偿纠纷，专门组织律师进村开展了答疑。',
  '针对电动自行车违规充电引发的邻里矛盾，社区联合物业制定了议事规则并张贴公示。',
  '对老旧小区改造中群众反映集中的停车和加装电梯问题，逐户征求意见后再作决定。',
  '在茶叶采摘季节，执法人员会同市场监管部门对收购点的计量器具进行了抽查。',
  '对农村集体经济合同开展清理，发现手续不全的合同已逐一补签并报送备案。',
  '考虑到辖区老年人口比重较高，普法讲座专门增加了防范养老诈骗的案例讲解。',
  '针对禁渔期管理难的问题，沿河各村签订了责任书并聘请了群众义务监督员。',
  '征地拆迁项目坚持先评估风险再启动程序，全年未发生因拆迁引发的群体性上访。',
  '对群众来信反映的夜间施工噪音扰民问题，执法队员蹲点取证后依法作出了处理。',
  '村级调解员大多年龄偏大，今年通过以老带新的方式补充了一批懂法律的年轻人。',
  '针对林区防火期野外用火现象，护林员与执法人员联合巡查，对违规行为当场劝阻。',
  '为解决企业反映的证照办理跑腿多问题，便民服务中心推行了帮办代办服务。',
  '在防范非法集资宣传中，我们把典型案例编成方言快板，在村村响广播里循环播放。',
];

const CN_DIGITS = '〇一二三四五六七八九';

/** @param {string} s a Chinese numeral of 1–99 (三, 十二, 二十, 二十三) */
function parseChineseNumber(s) {
  const i = s.indexOf('十');
  if (i < 0) return CN_DIGITS.indexOf(s);
  const tens = i === 0 ? 1 : CN_DIGITS.indexOf(/** @type {string} */ (s[0]));
  const ones = i === s.length - 1 ? 0 : CN_DIGITS.indexOf(/** @type {string} */ (s[i + 1]));
  return tens * 10 + ones;
}

/** @param {number} n 1–99 */
function chineseNumber(n) {
  if (n < 10) return /** @type {string} */ (CN_DIGITS[n]);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones === 0 ? '' : CN_DIGITS[ones]}`;
}

/** Counts in Chinese numerals: 十二次, 三场, 二十三件 (not 一, not 两, not 第三次, not “四个意识”, not 三项制度). */
const CN_COUNT =
  /(?<![第“"之一二三四五六七八九十])((?:[二三四五六七八九]?十[一二三四五六七八九]?)|[二三四五六七八九])(?=(?:次|场|期|批|件|名|个|条|家|起|份|篇|户)(?!制度|意识|自信|维护|确立|务必|全面|重点|代表|清单))/g;
/** Arabic numbers; a decimal part stays as it is. */
const NUMBER = /\d+(?:\.\d+)?/g;
const HOTLINES = new Set(['110', '119', '120', '12315', '12345', '12348', '12365', '12388', '12331', '12366', '12369']);
/** A year range (纲要 2021-2025年) is a document's name: left as it is. */
const YEAR_RANGE = /(?:19|20)\d\d\s*[-－—–~～至到]\s*(?:19|20)\d\d/g;

/**
 * Every number changed: a year shifted by `yearShift`, a month or day kept in range, any other number raised by 1–9
 * (lowered for a percentage that would pass 100); counts in Chinese numerals (十二次) changed the same way.
 * @param {string} text @param {number} yearShift @param {() => number} rng
 */
function changeNumbers(text, yearShift, rng) {
  /** @type {Array<[number, number]>} */
  const kept = [];
  for (const m of text.matchAll(YEAR_RANGE)) kept.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  const inKept = (/** @type {number} */ at) => kept.some(([from, to]) => at >= from && at < to);
  let out = text.replace(NUMBER, (match, at) => {
    if (inKept(at)) return match;
    // An ordinal (2.提升执法质量, …。3、加强…) is not a figure.
    if (!match.includes('.') && /^(?:[、．]|\.(?!\d))/.test(text.slice(at + match.length)) && /^$|[。；：;:！？\s]$/.test(text.slice(0, at))) {
      return match;
    }
    // (1), 3·15 and 12·4 (days named by their date), hotlines (12345) are names, not figures.
    if (/[（(]$/.test(text.slice(0, at)) && /^[）)]/.test(text.slice(at + match.length))) return match;
    if (/[·•]$/.test(text.slice(0, at)) || /^[·•]/.test(text.slice(at + match.length)) || HOTLINES.has(match)) return match;
    const [whole = '', fraction] = match.split('.');
    const value = Number(whole);
    const before = text.slice(Math.max(0, at - 1), at);
    const after = text.slice(at + match.length).replace(/^\s+/, '');
    const delta = 1 + randInt(rng, 9);
    let next;
    if (/^(?:19|20)\d\d$/.test(whole) && fraction === undefined && (/^[年-]/.test(after) || /[〔[（(【]/.test(before))) {
      next = value + yearShift;
    } else if (fraction === undefined && /^月/.test(after) && value >= 1 && value <= 12) {
      next = ((value - 1 + delta) % 12) + 1;
      if (next === value) next = (value % 12) + 1;
    } else if (fraction === undefined && /^日/.test(after) && value >= 1 && value <= 31) {
      next = ((value - 1 + delta) % 28) + 1;
      if (next === value) next = (value % 28) + 1;
    } else if (/^[%％]/.test(after) && value + delta > 100) {
      next = Math.max(0, value - delta);
    } else {
      next = value + delta;
    }
    const digits = whole.startsWith('0') ? String(next).padStart(whole.length, '0') : String(next);
    return fraction === undefined ? digits : `${digits}.${fraction}`;
  });
  out = out.replace(CN_COUNT, (match) => {
    const value = parseChineseNumber(match);
    if (value < 1) return match;
    let next = value + 1 + randInt(rng, 9);
    if (next > 99) next = Math.max(2, value - 3);
    return chineseNumber(next);
  });
  return out;
}

/** @param {string} s */
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How S's names become T's: narrowest to narrowest, then up the levels; an S name with no T name left becomes T's
 * widest. A name T also has is left alone. Returns undefined when S has no names.
 * @param {string[]} sNames @param {string[]} tNames
 */
function nameMap(sNames, tNames) {
  /** @type {Map<string, string>} */
  const map = new Map();
  if (sNames.length === 0 || tNames.length === 0) return map;
  for (let k = 1; k <= sNames.length; k++) {
    const from = /** @type {string} */ (sNames[sNames.length - k]);
    const to = /** @type {string} */ (tNames[tNames.length - k] ?? tNames[0]);
    if (from !== to && !tNames.includes(from)) map.set(from, to);
  }
  return map;
}

/**
 * S's names replaced by T's (one pass, longest first; "岭东县岭东县" from two S names mapped to one T name collapsed);
 * 我乡/全乡 follow the narrowest name's kind when it changes (乡 → 镇).
 * @param {string} text @param {Map<string, string>} map @param {string | undefined} fromKind @param {string | undefined} toKind
 */
function renameUnits(text, map, fromKind, toKind) {
  let out = text;
  if (map.size > 0) {
    const re = new RegExp([...map.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join('|'), 'g');
    out = out.replace(re, (m) => /** @type {string} */ (map.get(m)));
    for (const to of new Set(map.values())) out = out.replace(new RegExp(`(?:${escapeRe(to)}){2,}`, 'g'), to);
  }
  if (fromKind && toKind && fromKind !== toKind && LEVEL[fromKind] === 3 && LEVEL[toKind] === 3) {
    // 我乡, 全乡; 乡党委书记、乡长; 乡、村、组三级 — not 城乡, 返乡, 乡镇, 乡村振兴.
    const word = `(?:(?<=[我全本该])${fromKind}(?![镇村乡])|(?<=^|[^\u4e00-\u9fa5])${fromKind}(?=党委|政府|长|人大|纪委|司法所|综治|机关|便民|、村))`;
    out = out.replace(new RegExp(word, 'g'), toKind);
  }
  return out;
}

/**
 * @typedef {{
 *   name: string, base: string, lines: string[], long: number[], longSet: Set<number>, copyable: number[],
 *   sentences: Map<number, string[]>, names: string[], named: Set<number>, year: number | undefined,
 * }} Prepared
 */

/** @param {SourceFile} source @returns {Prepared} */
function prepare(source) {
  const text = source.text.replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  /** @type {number[]} */
  const long = [];
  /** @type {number[]} */
  const copyable = [];
  /** @type {Map<number, string[]>} */
  const sentences = new Map();
  lines.forEach((line, i) => {
    const han = hanCount(line);
    if (han >= LONG_LINE_HAN) long.push(i);
    if (han >= COPY_MIN_HAN) {
      copyable.push(i);
      sentences.set(i, splitSentences(line.trim()));
    }
  });
  const base = path.basename(source.name).replace(/\.[^.]*$/, '').replace(/\.(?:source|check)$/, '');
  const names = unitNames(text);
  const named = new Set(copyable.filter((i) => names.some((n) => /** @type {string} */ (lines[i]).includes(n))));
  return { name: source.name, base, lines, long, longSet: new Set(long), copyable, sentences, names, named, year: reportYear(text) };
}

/** An ordinal at a paragraph's start ((一)、1.、一是) stays first when sentences are moved. */
const LEADS_WITH_ORDINAL = /^(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|[一二三四五六七八九十]+[、是])/;

/**
 * The paragraph `index` of S passed through `transform`, or undefined when the transform cannot apply to it.
 * @param {Transform} transform @param {Prepared} s @param {Prepared} t @param {number} index @param {() => number} rng
 * @returns {string | undefined}
 */
function applyTransform(transform, s, t, index, rng) {
  const original = /** @type {string} */ (s.lines[index]).trim();
  const sentences = /** @type {string[]} */ (s.sentences.get(index));
  switch (transform) {
    case 'verbatim':
      return original;
    case 'renamed': {
      const map = nameMap(s.names, t.names);
      const fromKind = s.names.length > 0 ? suffixOf(/** @type {string} */ (s.names.at(-1))) : undefined;
      const toKind = t.names.length > 0 ? suffixOf(/** @type {string} */ (t.names.at(-1))) : undefined;
      const shift = s.year !== undefined && t.year !== undefined && s.year !== t.year ? t.year - s.year : 1;
      const out = changeNumbers(renameUnits(original, map, fromKind, toKind), shift, rng);
      // Worth calling renamed only if something changed and no S name (that T lacks) is left.
      if (out === original || s.names.some((n) => !t.names.includes(n) && out.includes(n))) return undefined;
      return out;
    }
    case 'sentence-added': {
      const added = pick(rng, ADDED_SENTENCES);
      // In the middle or at the end; before a closing 现将…报告如下： rather than after it.
      const endsOpen = /[：:]\s*$/.test(original);
      const at =
        sentences.length >= 2 && (endsOpen || rng() < 0.5)
          ? 1 + randInt(rng, sentences.length - 1)
          : endsOpen && !LEADS_WITH_ORDINAL.test(original)
            ? 0
            : sentences.length;
      const parts = sentences.slice();
      if (at === parts.length) parts[at - 1] = terminate(/** @type {string} */ (parts[at - 1]));
      parts.splice(at, 0, added);
      return parts.join('');
    }
    case 'sentence-dropped': {
      if (sentences.length < 3) return undefined;
      const candidates = [];
      for (let k = 0; k < sentences.length; k++) {
        const rest = sentences.filter((_, j) => j !== k);
        if (hanCount(rest.join('')) >= COPY_MIN_HAN) candidates.push(k);
      }
      if (candidates.length === 0) return undefined;
      // Prefer keeping the first sentence (often the part's heading).
      const inner = candidates.filter((k) => k > 0);
      const drop = pick(rng, inner.length > 0 ? inner : candidates);
      const rest = sentences.filter((_, j) => j !== drop);
      if (drop === sentences.length - 1) rest[rest.length - 1] = terminate(/** @type {string} */ (rest.at(-1)));
      return rest.join('');
    }
    case 'reordered': {
      // A paragraph led by its ordinal and heading (（二）…。) keeps them first: it needs two more sentences to shuffle.
      const fixedFirst = LEADS_WITH_ORDINAL.test(original);
      if (sentences.length < (fixedFirst ? 3 : 2)) return undefined;
      const head = fixedFirst ? sentences.slice(0, 1) : [];
      const movable = (fixedFirst ? sentences.slice(1) : sentences.slice()).map(terminate);
      const order = movable.map((_, k) => k);
      for (let tries = 0; tries < 8; tries++) {
        shuffle(rng, order);
        if (order.some((k, j) => k !== j)) break;
      }
      if (order.every((k, j) => k === j)) order.reverse();
      const out = [...head, ...order.map((k) => movable[k])].join('');
      return out === original ? undefined : out;
    }
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Variants

/**
 * @param {{ sources: SourceFile[], seed?: number, copiesPerFile?: number, count?: number }} input
 *   sources: independently written plain-text reports (one paragraph per line, blank lines allowed);
 *   seed: PRNG seed (default 1); copiesPerFile: copied paragraphs per variant (default 4, fewer when T or S is short);
 *   count: how many variants (default: as many as there are sources).
 * @returns {{ files: SourceFile[], copied: CopiedEntry[], fresh: FreshEntry[] }}
 */
export function makeCopiedVariants(input) {
  const { sources, seed = 1, copiesPerFile = 4 } = input;
  const count = input.count ?? sources.length;
  if (sources.length < 2) throw new Error('makeCopiedVariants needs at least two sources');
  const rng = mulberry32(seed);
  const prepared = sources.map(prepare);
  /** @type {Record<Transform, number>} how often each transform was used so far: the next copy takes a rare one */
  const used = { verbatim: 0, renamed: 0, 'sentence-added': 0, 'sentence-dropped': 0, reordered: 0 };

  /** @type {SourceFile[]} */
  const files = [];
  /** @type {CopiedEntry[]} */
  const copied = [];
  /** @type {FreshEntry[]} */
  const fresh = [];

  for (let n = 1; n <= count; n++) {
    const ti = randInt(rng, prepared.length);
    let si = randInt(rng, prepared.length - 1);
    if (si >= ti) si++;
    const t = /** @type {Prepared} */ (prepared[ti]);
    const s = /** @type {Prepared} */ (prepared[si]);
    const file = `copy-${n}-${safe(t.base)}-from-${safe(s.base)}.txt`;

    // Which S paragraphs, through which transforms.
    const want = Math.min(copiesPerFile, t.long.length, s.copyable.length);
    const pool = shuffle(rng, s.copyable.slice());
    /** @type {Array<{ sourceLine: number, transform: Transform, text: string }>} */
    const copies = [];
    const rotation = randInt(rng, TRANSFORMS.length);
    while (copies.length < want && pool.length > 0) {
      const order = TRANSFORMS.map((_, k) => /** @type {Transform} */ (TRANSFORMS[(k + rotation + copies.length) % TRANSFORMS.length]));
      order.sort((a, b) => used[a] - used[b]);
      let done = false;
      for (const transform of order) {
        // Renaming is most telling on a paragraph that names S: try those first.
        const tries = pool.map((_, p) => p);
        if (transform === 'renamed') {
          const rank = (/** @type {number} */ p) => (s.named.has(/** @type {number} */ (pool[p])) ? 0 : 1);
          tries.sort((x, y) => rank(x) - rank(y) || x - y);
        }
        for (const p of tries) {
          const index = /** @type {number} */ (pool[p]);
          const text = applyTransform(transform, s, t, index, rng);
          if (text === undefined) continue;
          pool.splice(p, 1);
          copies.push({ sourceLine: index, transform, text });
          used[transform]++;
          done = true;
          break;
        }
        if (done) break;
      }
      if (!done) break;
    }

    // Where they land: distinct long lines of T, each replaced or followed by a copy, in no particular order.
    const spots = shuffle(rng, t.long.slice()).slice(0, copies.length);
    /** @type {Map<number, { copy: typeof copies[number], replace: boolean }>} */
    const landing = new Map();
    spots.forEach((line, k) => landing.set(line, { copy: /** @type {typeof copies[number]} */ (copies[k]), replace: rng() < 0.5 }));

    /** @type {string[]} */
    const out = [];
    t.lines.forEach((line, i) => {
      const land = landing.get(i);
      const indent = /^\s*/.exec(line)?.[0] ?? '';
      const emitCopy = () => {
        if (!land) return;
        out.push(indent + land.copy.text);
        copied.push({ file, line: out.length, source: s.name, sourceLine: land.copy.sourceLine + 1, transform: land.copy.transform });
      };
      if (land?.replace) {
        emitCopy();
        return;
      }
      out.push(line);
      if (t.longSet.has(i)) fresh.push({ file, line: out.length });
      emitCopy();
    });
    files.push({ name: file, text: out.join('\n') });
  }
  return { files, copied, fresh };
}

/** @param {string} name a report's name made safe for a file name */
const safe = (name) => name.replace(/[\\/:*?"<>|\s]+/g, '_');

// ---------------------------------------------------------------------------------------------------------------
// Sources on disk

/** Markup of `<id>.source.txt` (the texts behind the unseen docx/pdf/html fixtures): [title], [h1], [sign]… */
const SOURCE_MARKUP = /^\[(?:title|h1|h2|h3|header|sign)\]\s?/gm;

/** @param {string} dir @returns {string[]} */
function walk(dir) {
  /** @type {string[]} */
  const out = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

/**
 * The plain-text reports under fixtures/corpus, fixtures/seeds and fixtures/unseen (`*.txt`, not the `*.check.txt`
 * notes; `*.source.txt` with its markup taken off), those with at least `minLong` paragraphs of ≥ 40 Han characters.
 * Names are file names; a name met twice is prefixed with its folder.
 * @param {string} root the repository root
 * @param {{ minLong?: number }} [options]
 * @returns {SourceFile[]}
 */
export function loadSources(root, options = {}) {
  const { minLong = 5 } = options;
  /** @type {Array<SourceFile & { dir: string }>} */
  const found = [];
  for (const dir of ['fixtures/corpus', 'fixtures/seeds', 'fixtures/unseen']) {
    const full = path.join(root, dir);
    let files;
    try {
      files = walk(full);
    } catch {
      continue;
    }
    for (const file of files) {
      if (!file.endsWith('.txt') || file.endsWith('.check.txt')) continue;
      let text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
      if (file.endsWith('.source.txt')) text = text.replace(SOURCE_MARKUP, '');
      const long = text.split('\n').filter((l) => hanCount(l) >= LONG_LINE_HAN).length;
      if (long < minLong) continue;
      found.push({ name: path.basename(file).replace(/\.source\.txt$/, '.txt'), text, dir: path.relative(root, path.dirname(file)) });
    }
  }
  /** @type {Map<string, number>} */
  const seen = new Map();
  for (const f of found) seen.set(f.name, (seen.get(f.name) ?? 0) + 1);
  return found.map((f) => ({
    name: (seen.get(f.name) ?? 0) > 1 ? `${f.dir.replace(/[\\/]/g, '_')}_${f.name}` : f.name,
    text: f.text,
  }));
}
