// A reference for the start-up ratios, not scm: the least any validating command must do in Node, read one
// bundle's certificate and key with node:crypto and check that they match (engineering-notes: node:crypto
// parses certificates and keys); with --http, also load node:http and node:https, as a command that calls
// the API must. `npm run bench` times it beside scm, so the share of a ratio that scm's own code costs shows.
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { X509Certificate, createPrivateKey } = require('node:crypto');

const [dir, mode] = process.argv.slice(2);
const cert = new X509Certificate(readFileSync(join(dir, 'cert.pem')));
const fits = cert.checkPrivateKey(createPrivateKey(readFileSync(join(dir, 'privkey.pem'))));
if (mode === '--http') require('node:https');
process.stdout.write(`${cert.subject} ${fits}\n`);
process.exitCode = fits ? 0 : 1;
