export * from './convert-props-to-object.util';
