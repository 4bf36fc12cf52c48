// Module-resolution hook for booting the packaged main bundle under plain Node:
// `electron` resolves to the stand-in, and nothing the packaged app loads may come from outside
// the packaged layout (a library left in devDependencies, or a path into the source tree).
import { fileURLToPath } from 'node:url';
import { isBuiltin } from 'node:module';
import { sep } from 'node:path';

let standInUrl = '';
let layoutRoot = '';

/** Receives the stand-in's URL and the packaged layout's folder from the harness. */
export function initialize(data) {
  standInUrl = data.standInUrl;
  layoutRoot = data.layoutRoot.endsWith(sep) ? data.layoutRoot : data.layoutRoot + sep;
}

const insideLayout = (url) => url.startsWith('file:') && fileURLToPath(url).startsWith(layoutRoot);

export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: standInUrl, shortCircuit: true };
  const fromApp = context.parentURL !== undefined && insideLayout(context.parentURL);
  if (!fromApp || isBuiltin(specifier)) return next(specifier, context);
  let resolved;
  try {
    resolved = await next(specifier, context);
  } catch {
    throw new Error(`The packaged app loads "${specifier}", which is not packaged`);
  }
  if (!isBuiltin(resolved.url) && !insideLayout(resolved.url)) {
    throw new Error(
      `The packaged app loads "${specifier}" from outside the package: ${resolved.url}`,
    );
  }
  return resolved;
}
