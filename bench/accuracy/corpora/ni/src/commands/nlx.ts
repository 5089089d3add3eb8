import { parseNlx } from '../parse'
import { runCli } from '../runner'

runCli(parseNlx)
