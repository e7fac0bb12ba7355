// Chromium reads every file in its managed policy directory, machine-wide. A policy file left there
// by another e2e run on the same machine (a second checkout running at the same time, or a run
// killed before its afterAll) silently turns the clinic's settings on for this run: the Teams
// clinician is then named by policy, retention drops to 14 days, settings show as locked, and
// unrelated tests fail in puzzling ways. Each e2e file therefore starts by checking that no test
// policy file is present, and says plainly what to do when one is.
import { existsSync, readdirSync } from 'node:fs';
import { beforeAll } from 'vitest';
import { POLICY_DIR } from './policy-file';

/** Every policy file the e2e tests write is named `alliance-coach-*.json` (policy-file.ts callers). */
const TEST_POLICY = /^alliance-coach-.*\.json$/;

beforeAll(() => {
  const left = existsSync(POLICY_DIR) ? readdirSync(POLICY_DIR).filter((f) => TEST_POLICY.test(f)) : [];
  if (left.length > 0) {
    throw new Error(
      `A test policy file is already in ${POLICY_DIR} (${left.join(', ')}) before this test file wrote any. ` +
        'Another e2e run is using this machine, or one was killed before cleaning up. Let that run finish ' +
        '(e2e runs cannot share a machine: Chromium applies every managed policy file), or delete the file(s).',
    );
  }
});
