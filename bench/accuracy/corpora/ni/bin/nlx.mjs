#!/usr/bin/env node
'use strict'
import '../dist/nlx.mjs'
