#!/usr/bin/env node
'use strict'
import '../dist/na.mjs'
