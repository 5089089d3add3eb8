'use strict';

module.exports = {
  logging: console.log,
  logger: 'combined',
  useFakes: false
};
