'use strict';

module.exports = {
  token: require('./token'),
  fqdn: require('./fqdn'),
  errors: require('./errors'),
  Serialize: require('./serialize'),
  Encryption: require('./encryption')
};
