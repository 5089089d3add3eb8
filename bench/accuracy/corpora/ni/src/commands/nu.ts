import { parseNu } from '../parse'
import { runCli } from '../runner'

runCli(parseNu)
