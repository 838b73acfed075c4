/**
 * The report's text with every finding marked in place (and the checklist's evidence underlined). Built from text
 * nodes and elements only: the text is the report's, and reports are untrusted.
 */
import { severityOf } from '../../formatters/location.js';
import type { EvidencePlace, LintMessage, Locale } from '../../types.js';
import { h, scrollWithin } from './dom.js';
import { layoutText, type MarkedRange } from './layout.js';
import { s } from './strings.js';

export interface TextView {
  element: HTMLElement;
  /** Marks finding `index` as the current one and scrolls to it; null clears the mark. */
  select(index: number | null): void;
  /** Scrolls to evidence `index` (of the list given) and flashes it. */
  showEvidence(index: number): void;
}

export interface TextViewOptions {
  locale: Locale;
  /** Line numbers in the gutter: for text files, where the findings' places are lines. */
  lineNumbers: boolean;
  /** A highlight was clicked: the finding it stands for. */
  onPick(index: number): void;
  /** Markup the reader added (layout.ts readerMarkup): kept in the text for the offsets, not shown. */
  markup?: readonly MarkedRange[];
}

const HIGHLIGHT = '[data-testid="highlight"]';

export function textView(
  text: string,
  messages: readonly LintMessage[],
  evidence: readonly EvidencePlace[],
  options: TextViewOptions,
): TextView {
  const ranges: MarkedRange[] = [
    ...messages.map((message) => ({ start: message.range[0], end: message.range[1] })),
    ...evidence.map((place) => ({ start: place.range[0], end: place.range[1] })),
    ...(options.markup ?? []),
  ];
  const markupFrom = messages.length + evidence.length;
  const byFinding = new Map<number, HTMLElement[]>();
  const byEvidence = new Map<number, HTMLElement[]>();
  const remember = (map: Map<number, HTMLElement[]>, index: number, element: HTMLElement) => {
    const list = map.get(index);
    if (list) list.push(element);
    else map.set(index, [element]);
  };
  const wrap = (mark: number, content: Node | null): HTMLElement => {
    if (mark >= markupFrom) return h('span', { class: 'md-markup', 'aria-hidden': 'true' }, content);
    if (mark >= messages.length) {
      const index = mark - messages.length;
      const span = h('span', { class: 'ev', 'data-evidence': index });
      if (content) span.appendChild(content);
      remember(byEvidence, index, span);
      return span;
    }
    const message = messages[mark]!;
    const element = h('mark', {
      class: `hl hl-${severityOf(message)}${content ? '' : ' point'}`,
      'data-testid': 'highlight',
      'data-index': mark,
      ...(content ? {} : { title: s('pointMarker', options.locale), 'aria-label': s('pointMarker', options.locale) }),
    });
    if (content) element.appendChild(content);
    remember(byFinding, mark, element);
    return element;
  };

  const body = h('div', { class: `text-body${options.lineNumbers ? ' numbered' : ''}` });
  const fragment = document.createDocumentFragment();
  for (const line of layoutText(text, ranges)) {
    const content = h('span', { class: 'lt' });
    for (const piece of line.pieces) {
      if (piece.kind === 'point') {
        // A zero-length piece of evidence has nothing to show; a finding always does.
        if (piece.mark < messages.length) content.appendChild(wrap(piece.mark, null));
        continue;
      }
      let node: Node = document.createTextNode(text.slice(piece.start, piece.end));
      for (let i = piece.marks.length - 1; i >= 0; i--) node = wrap(piece.marks[i]!, node);
      content.appendChild(node);
    }
    fragment.appendChild(
      h('div', { class: 'line', 'data-line': line.number }, options.lineNumbers ? h('span', { class: 'ln', 'aria-hidden': 'true' }, String(line.number)) : null, content),
    );
  }
  body.appendChild(fragment);
  const element = h('div', { class: 'text-view', 'data-testid': 'text-view', tabindex: 0, 'aria-label': s('textTitle', options.locale) }, body);

  let current: number | null = null;
  element.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest(HIGHLIGHT) : null;
    if (!target) return;
    // Overlapping findings nest: a click on the same place again goes to the next finding there.
    const stack: number[] = [];
    for (let node: Element | null = target; node && node !== element; node = node.parentElement) {
      if (node.matches(HIGHLIGHT)) stack.push(Number(node.getAttribute('data-index')));
    }
    stack.sort((a, b) => a - b);
    const at = current === null ? -1 : stack.indexOf(current);
    options.onPick(stack[(at + 1) % stack.length]!);
  });

  return {
    element,
    select(index) {
      for (const marked of byFinding.get(current ?? -1) ?? []) marked.classList.remove('current');
      current = index;
      const marks = byFinding.get(index ?? -1) ?? [];
      for (const marked of marks) marked.classList.add('current');
      if (marks[0]) scrollWithin(element, marks[0]);
    },
    showEvidence(index) {
      const spans = byEvidence.get(index) ?? [];
      for (const span of spans) {
        span.classList.remove('flash');
        void span.offsetWidth; // restart the animation
        span.classList.add('flash');
      }
      if (spans[0]) scrollWithin(element, spans[0]);
    },
  };
}
