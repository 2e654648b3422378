/**
 * The layer map (docs/architecture.md), enforced by `npm run lint` over src/, web/src/
 * and bench/. Each layer may import itself and the layers listed for it; everything
 * else in src/ is out of bounds. dependency-cruiser reads the TypeScript syntax tree, so
 * side-effect imports, `export … from`, `import()` of a string or a template literal
 * without `${}`, `import("…")` types and `require` (also one made by createRequire) all
 * count as imports. An `import()` of a computed string cannot be followed by any tool;
 * keep those to npm packages outside the layer map (the Claude Agent SDK loader).
 */

/** What each layer under src/ may import besides itself. `config` is src/config.ts. */
const LAYERS = {
  types: [],
  "app-spec": ["types"],
  workspace: ["app-spec", "types"],
  interview: ["app-spec", "types"],
  engines: ["workspace", "app-spec", "interview", "types"],
  store: ["workspace", "app-spec", "types"],
  session: ["store", "engines", "workspace", "app-spec", "interview", "types"],
  config: ["store", "engines", "workspace", "app-spec", "interview", "types"],
  server: ["session", "store", "engines", "workspace", "app-spec", "interview", "config", "types"],
  cli: ["server", "session", "store", "engines", "workspace", "app-spec", "interview", "config", "types"],
};

/** A layer's files: a folder under src/, or src/config.ts for `config`. */
const layerPath = (layer) => (layer === "config" ? "^src/config\\.ts$" : `^src/${layer}/`);

const layerRules = Object.entries(LAYERS).map(([layer, allowed]) => ({
  name: `layer-${layer}`,
  severity: "error",
  comment:
    allowed.length === 0
      ? `src/${layer}/ imports nothing of ours: it is the bottom of the layer map.`
      : `${layer} may import only ${allowed.join(", ")} (and itself): layers import downward.`,
  from: { path: layerPath(layer) },
  to: { path: "^src/", pathNot: [layer, ...allowed].map(layerPath) },
}));

/** @type {import("dependency-cruiser").IConfiguration} */
export default {
  forbidden: [
    ...layerRules,
    {
      name: "layer-unknown",
      severity: "error",
      comment:
        "Every file in src/ belongs to a layer of the map; a new top-level folder or file needs a place in .dependency-cruiser.mjs and docs/architecture.md first.",
      from: { path: "^src/", pathNot: Object.keys(LAYERS).map(layerPath) },
      to: {},
    },
    {
      name: "types-no-node-builtins",
      severity: "error",
      comment: "The page imports src/types/, so it must run in a browser: no node: builtins.",
      from: { path: "^src/types/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "page-only-types",
      severity: "error",
      comment:
        "The page (web/src/) shares only the shapes and the wire contract in src/types/ with the package.",
      from: { path: "^web/src/" },
      to: { path: "^(src|test)/", pathNot: "^src/types/" },
    },
    {
      name: "page-no-node-builtins",
      severity: "error",
      comment: "The page runs in a browser: no node: builtins.",
      from: { path: "^web/src/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "src-not-to-test-or-page",
      severity: "error",
      comment: "What ships is src/ built into dist/: nothing in it may reach test/ or web/.",
      from: { path: "^src/" },
      to: { path: "^(test|web)/" },
    },
    {
      name: "src-only-shipped-packages",
      severity: "error",
      comment:
        "The package installs only its dependencies (and the optional peer): src/ cannot use a devDependency or a package missing from package.json.",
      from: { path: "^src/" },
      to: { dependencyTypes: ["npm-dev", "npm-no-pkg", "npm-unknown"] },
    },
    {
      name: "not-to-bench",
      severity: "error",
      comment: "Benchmarks sit on top of everything: nothing imports bench/.",
      from: { pathNot: "^bench/" },
      to: { path: "^bench/" },
    },
    {
      name: "bench-only-src-and-test-support",
      severity: "error",
      comment: "Benchmarks drive the package (src/) with the tests' helpers (test/support/), nothing else.",
      from: { path: "^bench/" },
      to: { path: "^(test|web)/", pathNot: "^test/support/" },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      comment: "An import that does not resolve to a file or an installed package.",
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: "no-circular",
      // A warning, because loops closed by type-only imports exist today and the
      // compiler erases them: src/workspace/tools.ts re-exports project-tools.ts, whose
      // tools take their types from tools.ts; src/server/ has another. The layer rules
      // already keep every loop inside one layer.
      severity: "warn",
      comment: "An import loop: its modules cannot be read, tested or loaded one at a time.",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-circular-at-runtime",
      severity: "error",
      comment:
        "An import loop that survives compilation: which of its modules runs first depends on who imports it first, and a value read too early is undefined.",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
  ],
  options: {
    // Packages are classified (npm, npm-dev, core…) but not cruised themselves.
    doNotFollow: { path: "(^|/)node_modules/" },
    // Parse the TypeScript itself, not its JavaScript output, so type-only imports and
    // `import("…")` types count too: a shape borrowed from the wrong layer is still a
    // dependency on it.
    tsPreCompilationDeps: true,
    // The compiler options the source is parsed with (and any `paths` aliases).
    // dependency-cruiser itself resolves `./x.js` to `./x.ts` or `./x.tsx` as tsc does.
    tsConfig: { fileName: "tsconfig.json" },
    // A call of `require(…)` is an import whatever made the function, so createRequire's
    // result is caught when it is named `require`, as Node's documentation names it.
    // Under another name it is caught only if that name is listed here.
    exoticRequireStrings: [],
    // `process.getBuiltinModule("node:fs")` is a builtin import too.
    detectProcessBuiltinModuleCalls: true,
    // Resolve packages as Node does (their `exports` map, which dependency-cruiser
    // ignores by default), plus the `types` entries that type-only imports use.
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["main", "types", "typings"],
    },
    // Only the violations: no graph, no metrics, no reachability.
    skipAnalysisNotInRules: true,
  },
};
