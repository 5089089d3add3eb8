'use strict';

module.exports = {
  authentication: require('./authentication'),
  pagination: require('./pagination'),
  docker: require('./docker'),
  parseQuery: require('./parse_query'),
  resHandler: require('./res_handler'),
  errorHandler: require('./error_handler'),
  tokenDecoder: require('./token_decoder'),
  modelFinder: require('./model_finder')
};
