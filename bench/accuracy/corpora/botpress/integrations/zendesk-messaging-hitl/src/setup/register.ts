import * as bp from '../../.botpress'

export const register: bp.IntegrationProps['register'] = async () => {}
