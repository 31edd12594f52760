// The origins listed at build time (vite.config.ts defines them from TABLE_ORIGINS); none by default.

declare const __TABLE_ORIGINS__: readonly string[] | undefined;

export const LISTED_ORIGINS: readonly string[] =
  typeof __TABLE_ORIGINS__ === "undefined" ? [] : __TABLE_ORIGINS__;
