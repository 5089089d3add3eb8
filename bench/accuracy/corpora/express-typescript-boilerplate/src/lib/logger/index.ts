export * from './Logger';
export * from './LoggerInterface';
