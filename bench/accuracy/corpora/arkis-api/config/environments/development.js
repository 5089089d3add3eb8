'use strict';

module.exports = {
  logging: console.log,
  logger: 'dev',
  useFakes: true
};
