#!/usr/bin/env node
import { endQuietlyWhenClosed } from './cli/closedOutput.js'
import { runCli } from './cli/main.js'

endQuietlyWhenClosed(process.stdout)
process.exitCode = await runCli(process.argv.slice(2), process)
