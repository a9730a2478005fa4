/**
 * The shipped data files are what their build scripts make of their inputs (PETRARCH2's
 * dictionaries and REIGN in ../shared, the hand files in data/): a hand file edited without
 * a rebuild, or a build script changed without one, fails here.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The script's --check run: its exit status and what it printed on stderr. */
function check(script: string): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, '--check'], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}

describe('shipped data match their builds', () => {
  it('data/actors is what scripts/build-actors.ts makes', () => {
    const r = check('scripts/build-actors.ts');
    expect(r.stderr).toContain('shipped files match the build');
    expect(r.status).toBe(0);
  }, 60_000);
  it('data/verbs and data/cameo are what scripts/build-verbs.ts makes', () => {
    const r = check('scripts/build-verbs.ts');
    expect(r.stderr).toContain('shipped files match the build');
    expect(r.status).toBe(0);
  }, 60_000);
});
