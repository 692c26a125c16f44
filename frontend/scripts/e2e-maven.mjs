// Runs the browser tests from the backend module's integration-test phase, unless the build was told to skip
// tests. Maven passes each flag as `name=value`; an undefined property arrives as the literal `${name}`.
import { spawnSync } from 'node:child_process';

const flags = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const at = arg.indexOf('=');
    return [arg.slice(0, at), arg.slice(at + 1)];
  }),
);
const skippedBy = Object.entries(flags)
  .filter(([, value]) => value === 'true' || value === '')
  .map(([name]) => `-D${name}`);

if (skippedBy.length > 0) {
  console.log(`[e2e] browser tests skipped because of ${skippedBy.join(' ')}`);
  process.exit(0);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['run', 'e2e'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
