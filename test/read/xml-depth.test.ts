/**
 * xmlDepth (src/read/zip.ts): how deep a .docx part's elements nest, so that a hostile document is refused before
 * mammoth walks it (issue 11). Comments, CDATA, declarations and quoted '>' do not count; unclosed ones end the scan.
 */
import { describe, expect, it } from 'vitest';
import { xmlDepth } from '../../src/read/zip.js';

describe('xmlDepth', () => {
  it.each([
    ['elements, a self-closed one, a quoted >', '<a><b/><c x="1>2" y=\'/\'><d></d></c></a>', 3],
    ['a declaration and prefixed names', '<?xml version="1.0"?><w:document><w:body><w:p><w:r/></w:p></w:body></w:document>', 3],
    ['comments and CDATA hold no elements', '<a><!-- <b><c> --><![CDATA[<x><y>]]></a>', 1],
    ['nesting', `${'<a>'.repeat(50)}${'</a>'.repeat(50)}`, 50],
    ['an unclosed comment ends the scan', '<a><!-- unclosed <b><c>', 1],
    ['an unclosed quote ends the scan', '<a><b x="<c><d>', 2],
    ['attributes separated by new lines', '<a\n  x="1"\n  y="2"><b/></a>', 1],
    ['no XML at all', 'plain text', 0],
    ['the inputs recheck found slow for the old pattern', `=${'<!--<'.repeat(2000)}-`, 0],
  ])('%s', (_name, xml, depth) => {
    expect(xmlDepth(xml)).toBe(depth);
  });

  it('attribute soup without white space is one tag', () => {
    expect(xmlDepth(`<D${'[="['.repeat(2000)}`)).toBe(1);
  });
});
