'use strict';

module.exports = {
  logging:  false,
  useFakes: true
};
