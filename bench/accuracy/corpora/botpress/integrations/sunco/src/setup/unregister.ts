import * as bp from '.botpress'

export const unregister: bp.IntegrationProps['unregister'] = async () => {}
