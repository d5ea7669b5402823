// The action's post step: completes a check run the main step left in progress (see action/post.ts).
import { runPost } from './action/post.js'

await runPost()
