import { askFirstToken } from './action/first-token.js'

// A sign run's first request, the OIDC token, goes out before anything else is parsed:
// this file is the whole entry chunk, and the action (the toolkit, its HTTP client, the
// modes) is a chunk of its own that loads while the token endpoint answers.
const first = askFirstToken(process.env)
const { main } = await import('./main.js')
process.exitCode = await main(first)
