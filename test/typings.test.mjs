// The typings partners' projects use: the elements type-check in React 19 JSX
// and as Vue global components, and wrong props are errors (@ts-expect-error
// lines in test/types fail the check if the error goes missing). Needs the
// build's dist/types, which npm test builds first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

test('the elements type-check in React 19 JSX and Vue', () => {
  const r = spawnSync('npx', ['tsc', '-p', 'test/types/tsconfig.json'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});
