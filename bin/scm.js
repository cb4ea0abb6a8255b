#!/usr/bin/env node
// Thin shim: everything lives in the compiled CLI (npm run build writes dist/).
import { run } from '../dist/cli.js';

run();
