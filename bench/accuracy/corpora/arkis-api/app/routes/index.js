'use strict';

module.exports = {
  docker:  require('./docker'),
  upgrade: require('./upgrade'),
  api: require('./api')
};
