import * as bp from '.botpress'

export const register: bp.IntegrationProps['register'] = async () => {}
export const unregister: bp.IntegrationProps['unregister'] = async () => {}
