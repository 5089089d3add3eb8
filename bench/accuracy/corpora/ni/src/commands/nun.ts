import { parseNun } from '../parse'
import { runCli } from '../runner'

runCli(parseNun)
