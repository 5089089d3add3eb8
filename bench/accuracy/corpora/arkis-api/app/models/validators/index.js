'use strict';

module.exports = {
  subdomainable: require('./subdomainable'),
  unique: require('./unique')
};
