import { parseInvocation } from './suite';
import { findSuite, SUITES } from './suites';

// `npm run bench [-- --suite ID[,ID…]] [suite args…]`: runs the chosen suites (all of them when
// none is named). `--child SUITE …` is how a suite's fresh processes re-enter this bundle.

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') {
    const suite = findSuite(argv[1] ?? '');
    if (!suite.child) throw new Error(`suite '${suite.id}' has no child processes`);
    await suite.child(argv.slice(2));
    return;
  }
  const { suites, args } = parseInvocation(argv);
  const chosen = suites ? suites.map(findSuite) : SUITES;
  for (const suite of chosen) {
    if (chosen.length > 1) process.stderr.write(`\n== suite ${suite.id}: ${suite.summary}\n`);
    await suite.run(args);
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
