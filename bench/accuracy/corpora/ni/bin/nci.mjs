#!/usr/bin/env node
'use strict'
import '../dist/nci.mjs'
