export * from './exception.base';
export * from './exception.codes';
export * from './exceptions';
