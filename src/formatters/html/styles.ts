/**
 * The review report's style sheet: inline (the page's CSP allows exactly this text by its hash), system fonts only,
 * plain CSS that old browsers on an intranet PC read too. On screen: readable at 1366×768, the summary's header stays
 * in view while scrolling. In print: the filters and links back are hidden, the summary comes first and every report
 * starts on a page of its own, links print as plain text.
 */
export const STYLES = `
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; padding: 0 20px 40px; color: #1f2328; background: #fff; line-height: 1.6; font-size: 14px;
  font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC",
    "WenQuanYi Micro Hei", "Segoe UI", Arial, sans-serif;
}
main { max-width: 1320px; margin: 0 auto; }
h1 { font-size: 22px; margin: 20px 0 4px; }
h2 { font-size: 18px; margin: 0; }
h3 { font-size: 15px; margin: 18px 0 8px; }
p { margin: 4px 0; }
a { color: #0b57a4; }
a:focus, button:focus, select:focus, input:focus { outline: 2px solid #0b57a4; outline-offset: 1px; }
.muted { color: #59636e; }
.small { font-size: 12px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.overview { font-size: 15px; }
.note { background: #fff8c5; border: 1px solid #d4a72c; padding: 4px 8px; display: inline-block; }

/* The filters: shown by the script, which makes them work. */
.controls { margin: 12px 0 8px; padding: 10px 12px; background: #f6f8fa; border: 1px solid #d1d9e0; border-radius: 6px; }
.controls label { margin-right: 16px; white-space: nowrap; }
.controls select, .controls input { font: inherit; padding: 3px 6px; border: 1px solid #8c959f; border-radius: 4px; background: #fff; }
.controls select { max-width: 420px; }
.controls input { width: 200px; }
.controls button { font: inherit; padding: 3px 10px; border: 1px solid #8c959f; border-radius: 4px; background: #fff; cursor: pointer; }
.controls .status { margin-left: 8px; font-weight: bold; }
.controls[hidden], [hidden] { display: none !important; }

/* The summary table. */
table { border-collapse: collapse; width: 100%; }
.summary { margin-top: 4px; font-size: 13px; }
.summary th, .summary td { border: 1px solid #d1d9e0; padding: 4px 6px; vertical-align: top; }
.summary thead th {
  position: sticky; top: 0; z-index: 1; background: #eaeef2; text-align: left; font-weight: bold; vertical-align: bottom;
}
.summary thead th.item { font-size: 12px; width: 72px; text-align: center; }
.summary thead th.num { width: 40px; }
.summary thead th.idx { width: 40px; }
.summary thead th.year { width: 44px; }
.summary th button.sort {
  font: inherit; color: inherit; text-align: inherit; background: none; border: 0; padding: 0; margin: 0; cursor: pointer;
  width: 100%; display: block;
}
.summary th button.sort:hover { text-decoration: underline; }
.summary th .arrow { color: #0b57a4; }
.summary tbody tr:nth-child(even) { background: #f9fafb; }
.summary tbody tr:hover { background: #eef6ff; }
.summary td.num, .summary td.idx, .summary td.year { text-align: right; white-space: nowrap; }
.summary td.file { overflow-wrap: break-word; color: #59636e; font-size: 12px; min-width: 150px; max-width: 240px; }
.summary td.unit { min-width: 120px; }
.summary td.top { min-width: 190px; }
.summary td.verdict { text-align: center; font-size: 15px; font-weight: bold; }
.summary tfoot td { background: #eaeef2; font-size: 12px; }
.summary tfoot td.verdict { font-size: 12px; font-weight: normal; white-space: nowrap; }
.summary tfoot td.verdict span { display: block; }
.summary td.errors.some { color: #b3261e; font-weight: bold; }
.summary td.warnings.some { color: #8a5300; font-weight: bold; }
.summary td.top { font-size: 12px; }
.summary td.copied { font-size: 12px; min-width: 90px; max-width: 200px; overflow-wrap: break-word; }
.summary td.copied .percent { font-weight: bold; color: #8a5300; font-size: 13px; }
.summary td.copied .source { color: #59636e; }
.summary td.copied.none { color: #8c959f; text-align: center; }
.chip { display: inline-block; margin: 1px 4px 1px 0; padding: 0 5px; border-radius: 3px; background: #eaeef2; white-space: nowrap; font-size: 11.5px; }
.unreadable-chip { background: #ffebe9; color: #b3261e; }
.pass, .v-pass .mark, .v-pass .item { color: #1a7f37; }
.fail, .v-fail .mark, .v-fail .item { color: #b3261e; }
.error, .v-error .mark, .v-error .item { color: #9a4a00; }
.none { color: #8c959f; }
td.verdict.fail { background: #fff1ef; }
td.verdict.error { background: #fff4e0; }
.chip.hl, th.hl { background: #ffe58f !important; }
td.verdict.hl { outline: 2px solid #d4a72c; outline-offset: -2px; }
.nomatch { padding: 8px; color: #59636e; }

/* One section per report. */
.report { margin-top: 28px; padding-top: 14px; border-top: 3px solid #1f4e8c; }
.report-head { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; }
.report-head .back { font-size: 12px; }
.report .facts { margin: 4px 0 0; }
.report .counts { font-weight: bold; }
.report .copied-line { color: #8a5300; }
.unreadable-box { margin-top: 10px; padding: 10px 12px; border: 1px solid #b3261e; background: #ffebe9; border-radius: 6px; }
.clean { margin-top: 10px; padding: 8px 12px; border: 1px solid #1a7f37; background: #dafbe1; border-radius: 6px; color: #1a7f37; font-weight: bold; }

.checklist { list-style: none; padding: 0; margin: 0; border: 1px solid #d1d9e0; border-radius: 6px; }
.checklist > li { padding: 6px 10px 6px 36px; position: relative; border-top: 1px solid #eaeef2; }
.checklist > li:first-child { border-top: 0; }
.checklist .mark { position: absolute; left: 12px; top: 5px; font-weight: bold; font-size: 15px; }
.checklist .item { font-weight: bold; }
.checklist .rule { font-size: 12px; color: #59636e; margin-left: 6px; }
.checklist ul { margin: 2px 0 0; padding-left: 18px; }
.checklist li.v-fail, .checklist li.v-error { background: #fff8f7; }
.checklist .says { color: #b3261e; }

.group { margin: 10px 0 14px; border: 1px solid #d1d9e0; border-radius: 6px; }
.group-head { padding: 6px 10px; background: #f6f8fa; border-bottom: 1px solid #d1d9e0; border-radius: 6px 6px 0 0; }
.group-head .rule-id { font-family: Consolas, "DejaVu Sans Mono", monospace; font-weight: bold; }
.group-head .sev { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 12px; margin-left: 6px; color: #fff; }
.sev.sev-error { background: #b3261e; }
.sev.sev-warning { background: #9a6700; }
.group-head .desc { margin-left: 6px; }
.group-head .docs { margin-left: 8px; font-size: 12px; white-space: nowrap; }
.group.hl, .group.hl .group-head { background: #fff8c5 !important; }
.group.hl { border-color: #d4a72c; box-shadow: 0 0 0 2px #d4a72c; }
.basis { margin: 0; padding: 6px 10px; font-size: 12px; color: #3d444d; border-bottom: 1px solid #eaeef2; }
.basis ul { margin: 0; padding-left: 18px; }
.findings th, .findings td { padding: 4px 10px; border-top: 1px solid #eaeef2; text-align: left; vertical-align: top; }
.findings th { font-size: 12px; color: #59636e; font-weight: normal; }
.findings td.place { white-space: nowrap; color: #59636e; width: 9em; }
.findings td.excerpt { width: 30%; }
.findings tr { break-inside: avoid; page-break-inside: avoid; }
q.excerpt, .excerpt q { quotes: none; }
.excerpt { color: #1f2328; background: #fff8c5; }
td.excerpt { background: none; }
td.excerpt span { background: #fff8c5; }
footer { margin-top: 32px; font-size: 12px; color: #59636e; border-top: 1px solid #d1d9e0; padding-top: 8px; }

@media (max-width: 900px) {
  .summary td.file { max-width: 120px; }
  .findings td.excerpt { width: auto; }
}

@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { padding: 0; font-size: 11pt; color: #000; }
  main { max-width: none; }
  .controls, .back, .sort-hint, .nomatch { display: none !important; }
  .summary { font-size: 8pt; }
  .summary thead th { position: static; }
  .summary thead th.item { font-size: 7.5pt; width: auto; min-width: 4.5em; }
  .summary thead th.num { width: auto; min-width: 2.6em; }
  .summary th, .summary td { padding: 2px 3px; }
  .summary th button.sort { display: contents; }
  .summary td.verdict { font-size: 10pt; }
  .summary td.file { font-size: 7pt; min-width: 7em; max-width: none; }
  .summary td.unit { min-width: 6em; }
  .summary td.top { min-width: 8em; }
  .summary tfoot { display: table-row-group; }
  .summary tfoot td.verdict { font-size: 7.5pt; }
  .chip { font-size: 7pt; background: none; padding: 0; }
  .summary tbody tr:hover { background: none; }
  .summary, .report, .group, .findings tr { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .report { break-before: page; page-break-before: always; border-top: 0; margin-top: 0; padding-top: 0; }
  .group { break-inside: auto; }
  .group-head, .basis { break-inside: avoid; page-break-inside: avoid; break-after: avoid; page-break-after: avoid; }
  a { color: #000; text-decoration: none; }
  a.docs[href^="http"]::after { content: " <" attr(href) ">"; font-size: 9pt; color: #333; }
  .hl, .group.hl, .group.hl .group-head { background: none !important; box-shadow: none; }
  tr[hidden], section[hidden] { display: none !important; }
}
`;
