// Tokens used for Dependency Injection

export const USER_REPOSITORY = Symbol('USER_REPOSITORY');
