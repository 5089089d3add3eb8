export const register = async () => {}
export const unregister = async () => {}
