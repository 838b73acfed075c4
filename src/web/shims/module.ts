/**
 * `node:module` in the browser build. The readers require two packages by name at run time (iconv-lite to write a
 * fixed file back in GB18030, mammoth's @xmldom/xmldom for Word numbering): here they are bundled and handed out.
 */
import * as xmldom from '@xmldom/xmldom';
import iconv from 'iconv-lite';

const bundled: Record<string, unknown> = { 'iconv-lite': iconv, '@xmldom/xmldom': xmldom };

export function createRequire(): NodeJS.Require {
  const require = ((id: string) => {
    if (id in bundled) return bundled[id];
    throw new Error(`${id} is not available in the browser page`);
  }) as NodeJS.Require;
  require.resolve = ((id: string) => `/node_modules/${id}`) as NodeJS.RequireResolve;
  return require;
}

export default { createRequire };
