export * from './final.decorator';
export * from './frozen.decorator';
