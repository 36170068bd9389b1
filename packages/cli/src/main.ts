#!/usr/bin/env node
import { analyze } from '@trajectory/core';

console.log(JSON.stringify(analyze({ answer: process.argv.slice(2).join(' ') }), null, 2));
