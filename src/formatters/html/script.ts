/**
 * The review report's only script: inline (the page's CSP allows exactly this text by its hash), ES5 so that an old
 * browser on an intranet PC runs it, and it only adds to a page that is complete without it:
 *
 * - the column headers of the summary get buttons that sort the rows (again: the other way; empty cells last; ties
 *   in the original order) and say so with aria-sort;
 * - the filters are shown: by rule (reports with findings of that rule; the rule's column, chips and findings are
 *   highlighted) and by unit (text in the unit or file name); reports filtered out are hidden in the table and below,
 *   also when printing, so a reviewer can print the pages of one unit.
 *
 * It reads everything from the page (data-* attributes); the words it shows come from the page too, in its locale.
 */
export const SCRIPT = `
(function () {
  'use strict';
  var doc = document;
  var table = doc.getElementById('summary');
  var controls = doc.getElementById('controls');
  if (!table || !controls || !table.tBodies.length) return;
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var lang = doc.documentElement.getAttribute('lang') || 'zh-CN';
  var heads = table.tHead.rows[0].cells;
  var sorted = { column: -1, direction: 0 };

  function sortValue(row, column, kind) {
    var cell = row.cells[column];
    var value = cell.getAttribute('data-sort-value');
    if (value === null) value = cell.textContent.replace(/\\s+/g, ' ').trim();
    if (value === '') return null;
    return kind === 'number' ? Number(value) : value;
  }
  function original(a, b) {
    return Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index'));
  }
  function sortBy(column) {
    var th = heads[column];
    var kind = th.getAttribute('data-sort');
    var first = th.getAttribute('data-sort-first') === 'desc' ? -1 : 1;
    sorted.direction = sorted.column === column ? -sorted.direction : first;
    sorted.column = column;
    var direction = sorted.direction;
    var order = rows.slice().sort(function (a, b) {
      var x = sortValue(a, column, kind);
      var y = sortValue(b, column, kind);
      if (x === null || y === null) return x === y ? original(a, b) : x === null ? 1 : -1;
      var c = kind === 'number' ? x - y : String(x).localeCompare(String(y), lang);
      return c !== 0 ? c * direction : original(a, b);
    });
    each(order, function (row) { tbody.appendChild(row); });
    each(heads, function (cell, index) {
      if (!cell.getAttribute('data-sort')) return;
      var state = index === column ? (direction > 0 ? 'ascending' : 'descending') : 'none';
      cell.setAttribute('aria-sort', state);
      var arrow = cell.querySelector('.arrow');
      if (arrow) arrow.textContent = state === 'ascending' ? ' ▲' : state === 'descending' ? ' ▼' : '';
    });
  }
  each(heads, function (th, column) {
    if (!th.getAttribute('data-sort')) return;
    var button = doc.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    while (th.firstChild) button.appendChild(th.firstChild);
    var arrow = doc.createElement('span');
    arrow.className = 'arrow';
    arrow.setAttribute('aria-hidden', 'true');
    button.appendChild(arrow);
    th.appendChild(button);
    th.setAttribute('aria-sort', 'none');
    button.addEventListener('click', function () { sortBy(column); });
  });

  var ruleSelect = doc.getElementById('filter-rule');
  var unitInput = doc.getElementById('filter-unit');
  var reset = doc.getElementById('filter-reset');
  var status = doc.getElementById('filter-status');
  var nomatch = doc.getElementById('nomatch');
  var sections = {};
  each(doc.querySelectorAll('section.report'), function (section) {
    sections[section.getAttribute('data-index')] = section;
  });
  function words(text) { return String(text || '').toLowerCase().replace(/\\s+/g, ''); }
  function apply() {
    var rule = ruleSelect.value;
    var wanted = words(unitInput.value);
    var shown = 0;
    each(rows, function (row) {
      var rules = ' ' + (row.getAttribute('data-rules') || '') + ' ';
      var match = (rule === '' || rules.indexOf(' ' + rule + ' ') !== -1) &&
        (wanted === '' || words(row.getAttribute('data-search')).indexOf(wanted) !== -1);
      row.hidden = !match;
      var section = sections[row.getAttribute('data-index')];
      if (section) section.hidden = !match;
      if (match) shown += 1;
    });
    each(doc.querySelectorAll('.hl'), function (element) { element.classList.remove('hl'); });
    if (rule !== '') {
      each(doc.querySelectorAll('[data-rule]'), function (element) {
        if (element.getAttribute('data-rule') === rule) element.classList.add('hl');
      });
    }
    status.textContent = status.getAttribute('data-template')
      .replace('{shown}', String(shown)).replace('{total}', String(rows.length));
    nomatch.hidden = shown !== 0;
  }
  ruleSelect.addEventListener('change', apply);
  unitInput.addEventListener('input', apply);
  reset.addEventListener('click', function () {
    ruleSelect.value = '';
    unitInput.value = '';
    apply();
  });
  controls.hidden = false;
  apply();
})();
`;
