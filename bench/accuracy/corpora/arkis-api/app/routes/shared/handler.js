'use strict';

module.exports.notYetImplemented = function(req, res) {
  res.status(501).json('Not implemented.');
};
