import { parseNa } from '../parse'
import { runCli } from '../runner'

runCli(parseNa)
