#!/usr/bin/env node
import { loadCli } from './load-cli.js';

const { cli } = await loadCli();
await cli();
