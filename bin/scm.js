#!/usr/bin/env node
// Thin shim: everything lives in the compiled CLI (npm run build writes dist/). CommonJS on purpose (see
// bin/package.json and scripts/build.mjs), loaded with V8's code cache (src/boot.ts): start-up speed.
const { join } = require('node:path');
require('../dist/boot.js').load(join(__dirname, '../dist/cli.js')).run();
