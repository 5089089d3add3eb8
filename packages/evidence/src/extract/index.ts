import agenda from './agenda.js';
import callbacks from './callbacks.js';
import cliCommands from './cli-commands.js';
import cloudflareWorkers from './cloudflare-workers.js';
import dao from './dao.js';
import discord from './discord.js';
import drizzle from './drizzle.js';
import env from './env.js';
import events from './events.js';
import httpClient from './http-client.js';
import httpRoutes from './http-routes.js';
import imports from './imports.js';
import jobs from './jobs.js';
import mongoose from './mongoose.js';
import nest from './nest.js';
import nestBull from './nest-bull.js';
import nestEvents from './nest-events.js';
import nestGraphql from './nest-graphql.js';
import nestSchedule from './nest-schedule.js';
import type { ExtractPlugin } from './plugin.js';
import placeholderRoutes from './placeholder-routes.js';
import prisma from './prisma.js';
import processes from './processes.js';
import queryBuilders from './query-builders.js';
import routingControllers from './routing-controllers.js';
import sequelize from './sequelize.js';
import services from './services.js';
import sqlStrings from './sql-strings.js';
import tests from './tests.js';
import typeorm from './typeorm.js';
import vueRouter from './vue-router.js';

/** Every extractor, one per framework or convention, composed into the one walk (sorted by name). */
export const PLUGINS: readonly ExtractPlugin[] = [
  agenda, callbacks, cliCommands, cloudflareWorkers, dao, discord, drizzle, env, events, httpClient, httpRoutes, imports, jobs, mongoose, nest, nestBull, nestEvents, nestGraphql, nestSchedule, placeholderRoutes, prisma, processes, queryBuilders, routingControllers, sequelize, services, sqlStrings, tests, typeorm, vueRouter,
];
