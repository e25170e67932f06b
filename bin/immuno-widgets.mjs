#!/usr/bin/env node
// The immuno-widgets command: see `immuno-widgets --help` and docs/embed/README.md.
import { main } from '../dist/cli.js';

process.exitCode = main(process.argv.slice(2));
