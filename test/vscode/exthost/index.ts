// The extensionTestsPath module of the extension-host tests (the contract of @vscode/test-electron's runTests):
// VS Code loads its bundle (dist/test/exthost/index.js) into the extension host next to the extension under
// development and calls run(); a thrown error means failure. test/vscode/run.mjs drives it inside code-server; the
// same bundle runs under @vscode/test-electron too.
//
// The test files (every *.test.ts in this folder) are not imported here: scripts/build-tests.mjs generates the
// bundle's entry, which imports each of them (they register their tests with harness.ts) and then this module.
// Set TNB_TEST_GREP (a regular expression; `run.mjs exthost --grep RE` passes it on) to run only matching tests.
import { runTests } from './harness';

export async function run(): Promise<void> {
  const grep = process.env.TNB_TEST_GREP ? new RegExp(process.env.TNB_TEST_GREP) : undefined;
  const { passed, failed } = await runTests({ grep });
  if (passed + failed === 0) throw new Error(grep ? `no extension-host test matches ${grep}` : 'no extension-host test was registered');
  if (failed > 0) throw new Error(`${failed} extension-host test(s) failed`);
}
