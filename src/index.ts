// The action's entry point: everything happens in run(), so tests can import the logic without starting the action.
import { run } from './action/main.js'

await run()
