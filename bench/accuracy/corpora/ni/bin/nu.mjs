#!/usr/bin/env node
'use strict'
import '../dist/nu.mjs'
