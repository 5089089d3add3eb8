require('babel/register');
require('./app');
