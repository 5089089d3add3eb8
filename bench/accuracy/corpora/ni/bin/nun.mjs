#!/usr/bin/env node
'use strict'
import '../dist/nun.mjs'
