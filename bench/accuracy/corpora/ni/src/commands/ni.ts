import { parseNi } from '../parse'
import { runCli } from '../runner'

runCli(parseNi)
