#!/usr/bin/env node
/**
 * npm run build:web → dist/web/reportlint.html: the offline page (issue 12), ONE file that opens from file:// or an
 * intranet server and fetches nothing.
 *
 * Two esbuild bundles from the same sources as the CLI: the engine worker (src/web/worker.ts: readers, model, rules,
 * config validation) and the page (src/web/app/main.ts). Node built-ins the engine imports are mapped to small
 * browser shims (src/web/shims/), pdfjs's CMaps for Chinese fonts are inlined, and the rules' docs pages are rendered
 * to HTML. The template (src/web/page.html) gets them through {{PLACEHOLDERS}}, filled in one pass so nothing inserted
 * is read again as a placeholder. The page's script is allowed by its hash in a strict Content-Security-Policy.
 *
 * Run after `tsc` (it reads the built rules for their descriptions); `npm run build` does both.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = (...parts) => path.join(root, ...parts);
export const WEB_PAGE = at('dist', 'web', 'reportlint.html');

/** Node built-ins the engine imports, and what stands in for them in the browser. */
const SHIMS = {
  'node:fs': at('src/web/shims/fs.ts'),
  'node:fs/promises': at('src/web/shims/fs-promises.ts'),
  'node:module': at('src/web/shims/module.ts'),
  'node:zlib': at('src/web/shims/zlib.ts'),
  'node:url': at('src/web/shims/url.ts'),
  'node:path': path.join(root, 'node_modules/path-browserify/index.js'),
};

/** CMaps a Chinese PDF may name (GB and CNS character collections, their Unicode forms, and Identity). */
const CMAP = /^(Adobe-GB1|Adobe-CNS1|GB|UniGB|B5|UniCNS|CNS|ETen|HKscs|ETHK|HKdla|HKdlb|HKgccs|HKm|Identity)/;

const browserPlugin = {
  name: 'reportlint-browser',
  setup(build) {
    build.onResolve({ filter: /^node:/ }, (args) => {
      const shim = SHIMS[args.path];
      if (!shim) return { errors: [{ text: `${args.path} has no browser shim (imported by ${args.importer})` }] };
      return { path: shim };
    });
    // The one reader module that differs in the browser: where pdfjs's data comes from.
    build.onResolve({ filter: /\/pdf-assets\.js$/ }, () => ({ path: at('src/web/shims/pdf-assets.ts') }));
    // mammoth's browser unzip takes only an ArrayBuffer; the Word reader hands it an opened package (see the shim).
    build.onResolve({ filter: /^\.\/unzip$/ }, (args) =>
      /mammoth[\\/]lib$/.test(args.resolveDir) ? { path: at('src/web/shims/mammoth-unzip.ts') } : undefined,
    );
    // The page has no folders to search for a config (the writer picks one): cosmiconfig stays out of the bundle.
    build.onResolve({ filter: /^cosmiconfig$/ }, () => ({ path: 'no-config-search', namespace: 'reportlint' }));
    build.onLoad({ filter: /^no-config-search$/, namespace: 'reportlint' }, () => ({
      contents: 'export function cosmiconfig() { throw new Error("the web page does not search folders for a config"); }',
      loader: 'js',
    }));
    // pdfjs's worker code, run in place in our worker (src/web/pdf-in-worker.ts), would otherwise take over the
    // worker's message port as soon as it loads, and answer the page in our stead.
    build.onLoad({ filter: /pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.worker\.mjs$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const takeover = 'this.initializeFromPort(self);';
      if (source.split(takeover).length !== 2) throw new Error(`pdfjs-dist changed: expected one "${takeover}" in ${args.path}`);
      return { contents: source.replace(takeover, '/* port left to reportlint */'), loader: 'js' };
    });
    build.onResolve({ filter: /^reportlint:pdf-cmaps$/ }, () => ({ path: 'pdf-cmaps', namespace: 'reportlint' }));
    build.onLoad({ filter: /^pdf-cmaps$/, namespace: 'reportlint' }, async () => {
      const folder = at('node_modules/pdfjs-dist/cmaps');
      const cmaps = {};
      for (const file of (await readdir(folder)).sort()) {
        if (file.endsWith('.bcmap') && CMAP.test(file)) cmaps[file.slice(0, -'.bcmap'.length)] = (await readFile(path.join(folder, file))).toString('base64');
      }
      return { contents: `export default ${JSON.stringify(cmaps)};`, loader: 'js' };
    });
  },
};

export async function bundle(entry) {
  const result = await esbuild.build({
    entryPoints: [at(entry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    // Packages with a DOM build and a worker build (decode-named-character-reference): the worker one, which also
    // serves the page; a Web Worker has no `document`.
    conditions: ['worker'],
    target: ['chrome109', 'firefox115', 'edge109'],
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    inject: [at('src/web/shims/globals.ts')],
    define: {
      'import.meta.url': JSON.stringify('file:///reportlint/dist/src/web/page.js'),
      'process.env.NODE_ENV': '"production"',
    },
    plugins: [browserPlugin],
    logLevel: 'error',
  });
  const code = result.outputFiles[0].text;
  // Inlined in a <script>: the text must not end that element early.
  if (/<\/script/i.test(code)) throw new Error(`${entry}: the bundle contains "</script", which would break the page`);
  return code;
}

/** Each rule's docs page rendered to HTML, with its descriptions and statutory item (the rules' own meta). */
async function ruleDocs() {
  const { builtinRules } = await import(path.join(root, 'dist/rules/index.js'));
  const render = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);
  const docs = {};
  for (const [id, rule] of Object.entries(builtinRules)) {
    const markdown = await readFile(at('rules', `${id}.md`), 'utf8');
    docs[id] = {
      description: rule.meta.description,
      descriptionEn: rule.meta.descriptionEn,
      html: String(await render.process(markdown)),
      ...(rule.meta.statutory ? { statutory: typeof rule.meta.statutory === 'string' ? rule.meta.statutory : rule.meta.statutory.zh } : {}),
    };
  }
  return docs;
}

function sha256(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export async function buildWeb() {
  const { version } = JSON.parse(await readFile(at('package.json'), 'utf8'));
  // The slot the CLI's `--web --config` fills (src/web/page-slots.ts, built by tsc before this runs).
  const { BAKED_CONFIG_SLOT, scriptJson } = await import(path.join(root, 'dist/src/web/page-slots.js'));
  const [template, styles, worker, app, docs] = await Promise.all([
    readFile(at('src/web/page.html'), 'utf8'),
    readFile(at('src/web/app/styles.css'), 'utf8'),
    bundle('src/web/worker.ts'),
    bundle('src/web/app/main.ts'),
    ruleDocs(),
  ]);
  // No network of any kind: nothing may be fetched or connected to; the page's own script runs by its hash, the
  // engine as a worker made from a blob of the page's own text.
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(app)}`,
    'worker-src blob:',
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    "connect-src 'none'",
    "font-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const values = { CSP: csp, STYLES: styles, RULE_DOCS: scriptJson(docs), BAKED_CONFIG: 'null', WORKER: worker, APP: app, VERSION: version };
  const page = template.replace(/\{\{([A-Z_]+)\}\}/g, (whole, name) => {
    if (!(name in values)) throw new Error(`src/web/page.html: unknown placeholder ${whole}`);
    return values[name];
  });
  if (!page.includes(BAKED_CONFIG_SLOT)) throw new Error(`src/web/page.html must hold ${BAKED_CONFIG_SLOT.replace('null', '{{BAKED_CONFIG}}')}`);
  await mkdir(path.dirname(WEB_PAGE), { recursive: true });
  await writeFile(WEB_PAGE, page);
  return { file: WEB_PAGE, bytes: Buffer.byteLength(page), worker: worker.length, app: app.length };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { file, bytes } = await buildWeb();
  console.log(`${path.relative(process.cwd(), file)}: ${(bytes / 1024 / 1024).toFixed(1)} MB`);
}
