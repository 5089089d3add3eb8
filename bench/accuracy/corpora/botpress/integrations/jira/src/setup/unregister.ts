import type { UnregisterFunction } from '../misc/types'

export const unregister: UnregisterFunction = async () => {}
