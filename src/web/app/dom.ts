/**
 * Building the page with elements and text nodes only. Report text is untrusted: it only ever reaches the page as a
 * text node (`h`'s string children) or an attribute value, never as markup.
 */
type Attribute = string | number | boolean | null | undefined;
export type Child = Node | string | null | undefined | false;

/** An element with `attributes` (false/null/undefined ones left out, `true` as an empty attribute) and `children`. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, Attribute>> = {},
  ...children: readonly Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    // The CSP allows no inline style attributes worth relying on; the sheet does the styling.
    if (name === 'style') throw new Error('h(): use a class, not a style attribute');
    element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces all of `parent`'s children. */
export function replaceChildren(parent: Element, ...children: readonly Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, children);
}

/** Makes a non-button element act as one for the keyboard: Enter and Space run `action`. */
export function onActivate(element: HTMLElement, action: (event: Event) => void): void {
  element.addEventListener('click', action);
  element.addEventListener('keydown', (event) => {
    if (event.target !== element) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      action(event);
    }
  });
}

/** Scrolls `container` (a scrolling box) so that `target` sits in its middle, without moving the rest of the page. */
export function scrollWithin(container: HTMLElement, target: HTMLElement): void {
  const box = container.getBoundingClientRect();
  const place = target.getBoundingClientRect();
  container.scrollTop += place.top - box.top - (box.height - place.height) / 2;
}
