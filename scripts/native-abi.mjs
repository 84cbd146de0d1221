// better-sqlite3 is a native module: Electron needs it built for Electron's ABI, while the tests
// and the headless studio run it under plain Node. This script puts it in the state the next
// command needs: `node scripts/native-abi.mjs node` or `... electron`.
import { spawnSync } from 'node:child_process';

const target = process.argv[2];
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status === 0;
const loadsInNode = () =>
  spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], { stdio: 'ignore' }).status === 0;

if (target === 'node') {
  if (loadsInNode()) process.exit(0);
  console.info('better-sqlite3 is built for another runtime; rebuilding it for Node…');
  if (!run('npm', ['rebuild', 'better-sqlite3']) || !loadsInNode()) {
    console.error('Could not build better-sqlite3 for Node. Is a C++ toolchain (python3, make, g++) installed?');
    process.exit(1);
  }
} else if (target === 'electron') {
  console.info('Building native modules for Electron…');
  if (!run('npx', ['electron-builder', 'install-app-deps'])) process.exit(1);
} else {
  console.error('usage: node scripts/native-abi.mjs node|electron');
  process.exit(2);
}
