import { join } from 'node:path';
import { startStudio } from './core/compose';
import { launchShell } from './shell/lifecycle';

/**
 * Electron entry point. Paths are resolved here, in the bundled out/main/index.js, so they hold
 * wherever the bundler puts the shell's modules: out/preload/index.cjs and out/renderer sit beside it.
 */
const outMain = import.meta.dirname;

launchShell({
  startStudio,
  preloadPath: join(outMain, '../preload/index.cjs'),
  pagesDir: join(outMain, '../renderer'),
});
