// The CLI run from the modules in dist/src as tsc built them, not from the bundle bin/reportlint.js loads
// (scripts/build-cli.js): for the tests of the module graph itself and of the bundle's equivalence to it.
import { cli } from '../../dist/src/cli.js';

await cli();
