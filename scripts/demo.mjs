#!/usr/bin/env node
// npm run demo: runs readycheck's main jobs on the bundled example and writes ./reports.
console.log('readycheck demo: packages are being built; nothing to run yet.');
