#!/usr/bin/env node
'use strict'
import '../dist/nr.mjs'
