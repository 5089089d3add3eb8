#!/usr/bin/env node
'use strict'
import '../dist/ni.mjs'
