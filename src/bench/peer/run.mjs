// Runs the peer benchmark against two servers that are already up on the same database:
// checks that both return the same multiset of leaf values for each reference query, then
// measures each query with wrk, interleaving the two servers, at 1 and 32 connections, and prints
// one Markdown table for the data size it was started for. For every run it also takes what
// PostgreSQL did for it: CPU of its server processes, statements, planning and execution time
// (pg_stat_statements, reset before the run), all per request; and the service's resident memory.
// Started by src/bench/peer.sh, which sets the environment below.
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { queries } from './queries.mjs';

const env = process.env;
const require = createRequire(join(env.TOOLS, 'package.json'));
const pg = require('pg');
const servers = { ours: env.OURS_URL, peer: env.PEER_URL };
const pids = { ours: env.OURS_PID, peer: env.PEER_PID };
const seconds = Number(env.SECONDS_PER_RUN ?? 10);
const rounds = Number(env.ROUNDS ?? 2);
const connectionCounts = (env.CONNECTIONS ?? '1,32').split(',').map(Number);
const only = env.ONLY ? new RegExp(env.ONLY) : null;
const work = env.WORK;
mkdirSync(work, { recursive: true });

async function post(side, query, variables = {}) {
  const response = await fetch(servers[side], {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, bytes: Buffer.byteLength(text), ...JSON.parse(text) };
}

/**
 * Every non-null scalar of a response, as text; numbers in one canonical form (Decimal strings vs
 * numbers). Nulls are left out: an unknown amount is one null object here and two null columns there.
 */
function leaves(value, into = []) {
  if (value === null) return into;
  if (typeof value !== 'object') {
    const text = String(value);
    into.push(/^-?\d+(\.\d+)?$/.test(text) ? String(Number(text)) : text);
  } else {
    for (const child of Array.isArray(value) ? value : Object.values(value)) leaves(child, into);
  }
  return into;
}

function sameMultiset(a, b) {
  if (a.length !== b.length) return false;
  const x = [...a].sort(), y = [...b].sort();
  return x.every((v, i) => v === y[i]);
}

/** CPU time of a process so far, in clock ticks. */
function cpuTicks(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** CPU time of each PostgreSQL server process (the postmaster and its children), in clock ticks, by pid. */
function postgresTicks() {
  const ticks = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ');
      if (fields[1] === env.POSTMASTER_PID || entry === env.POSTMASTER_PID) ticks.set(entry, Number(fields[11]) + Number(fields[12]));
    } catch { /* gone meanwhile */ }
  }
  return ticks;
}

/** CPU used between two readings: each process's growth; one that started meanwhile counts whole. */
function ticksSince(before, after) {
  let used = 0;
  for (const [pid, ticks] of after) used += ticks - (before.get(pid) ?? 0);
  return used;
}

const TICKS_PER_SECOND = 100;

/** Resident memory of a process, MiB. */
function rssMiB(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find(l => l.startsWith('VmRSS:'));
  return Number(line.split(/\s+/)[1]) / 1024;
}

const STATEMENTS = `SELECT coalesce(sum(calls), 0)::float8 AS calls, coalesce(sum(total_plan_time), 0)::float8 AS plan_ms,
    coalesce(sum(total_exec_time), 0)::float8 AS exec_ms, coalesce(sum(plans), 0)::float8 AS plans FROM pg_stat_statements
    WHERE query !~* '^\\s*(begin|commit|rollback|start transaction|set |reset |select pg_stat_statements_reset)'
      AND query !~* 'pg_stat_statements|pg_stat_activity'`;

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

/**
 * Waits until a server has finished the requests a run left in flight (wrk stops sending, the
 * server does not stop working) and the database is quiet, so one side's leftovers never run
 * during the other side's measurement.
 */
async function waitIdle(db, side) {
  for (let i = 0; i < 240; i++) {
    const before = cpuTicks(pids[side]);
    await sleep(250);
    const busy = cpuTicks(pids[side]) - before;
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE state = 'active' AND pid <> pg_backend_pid() AND backend_type = 'client backend'`);
    if (busy <= 2 && rows[0].n === 0) return;
  }
}

function wrk(side, bodyFile, connections, duration) {
  const threads = Math.min(2, connections);
  const out = execFileSync('wrk', ['-t', String(threads), '-c', String(connections), '-d', `${duration}s`,
    '--timeout', '30s', '-s', join(import.meta.dirname, 'wrk.lua'), servers[side], '--', bodyFile], { encoding: 'utf8' });
  const line = out.split('\n').find(l => l.startsWith('WRK-JSON '));
  return JSON.parse(line.slice('WRK-JSON '.length));
}

/** One measured run, with what PostgreSQL did for it and the service's memory after it. */
async function measured(db, side, bodyFile, connections, duration) {
  await db.query('SELECT pg_stat_statements_reset()');
  const before = postgresTicks();
  const run = wrk(side, bodyFile, connections, duration);
  await waitIdle(db, side);
  run.pg_ticks = ticksSince(before, postgresTicks());
  const { rows } = await db.query(STATEMENTS);
  Object.assign(run, rows[0]);
  // the statements themselves, for the profile of the database side (kept in results-<size>.json)
  run.top = (await db.query(`SELECT calls, round(total_plan_time::numeric, 3) AS plan_ms,
      round(total_exec_time::numeric, 3) AS exec_ms, plans, left(regexp_replace(query, '\\s+', ' ', 'g'), 300) AS query
      FROM pg_stat_statements WHERE query !~* 'pg_stat_statements|pg_stat_activity|^\\s*(begin|commit|rollback|set |reset )'
      ORDER BY total_plan_time + total_exec_time DESC LIMIT 8`)).rows;
  run.rss = side === 'ours' ? rssMiB(pids.ours) : rssMiB(pids.peer);
  return run;
}

function combine(runs) {
  const requests = runs.reduce((s, r) => s + r.requests, 0);
  const duration = runs.reduce((s, r) => s + r.duration_us, 0) / 1e6;
  const sum = key => runs.reduce((s, r) => s + r[key], 0);
  const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return {
    rps: requests / duration,
    p50: median(runs.map(r => r.p50_us)) / 1000,
    p99: Math.max(...runs.map(r => r.p99_us)) / 1000,
    errors: runs.reduce((s, r) => s + r.socket_errors + r.failed, 0),
    // per request: PostgreSQL CPU (ms), statements, planning and execution time (ms)
    pgCpu: sum('pg_ticks') * 1000 / TICKS_PER_SECOND / requests,
    statements: sum('calls') / requests,
    planMs: sum('plan_ms') / requests,
    execMs: sum('exec_ms') / requests,
    rss: Math.max(...runs.map(r => r.rss)),
    top: runs[runs.length - 1].top,
  };
}

/** Request bodies and first answers of a query on both sides; refuses to go on when they disagree. */
async function prepare(q) {
  const variables = q.prepare ? await q.prepare(post) : { ours: {}, peer: {} };
  const bodies = {};
  const answers = {};
  for (const side of ['ours', 'peer']) {
    bodies[side] = { query: q[side], variables: variables[side] };
    const file = join(work, `${q.name.split(' ')[0]}-${side}.json`);
    writeFileSync(file, JSON.stringify(bodies[side]));
    bodies[side].file = file;
    answers[side] = await post(side, q[side], variables[side]);
    if (answers[side].errors || answers[side].status !== 200) {
      throw new Error(`${q.name} failed on ${side}: ${answers[side].status} ${JSON.stringify(answers[side].errors)}`);
    }
  }
  const ourLeaves = leaves(answers.ours.data), peerLeaves = leaves(answers.peer.data);
  if (!sameMultiset(ourLeaves, peerLeaves)) {
    writeFileSync(join(work, 'mismatch-ours.json'), JSON.stringify(answers.ours.data, null, 1));
    writeFileSync(join(work, 'mismatch-peer.json'), JSON.stringify(answers.peer.data, null, 1));
    throw new Error(`${q.name}: the servers disagree (${ourLeaves.length} vs ${peerLeaves.length} leaf values);`
      + ` answers in ${work}/mismatch-*.json. No ratio is reported for different answers.`);
  }
  return { q, bodies, answers, ourLeaves };
}

const fmt = (n, digits = 1) => n >= 100 ? n.toFixed(0) : n.toFixed(digits);

const db = new pg.Client({ connectionString: env.PG_URL });
await db.connect();
const selected = queries.filter(q => !only || only.test(q.name));
const prepared = [];
for (const q of selected) prepared.push(await prepare(q));
// Both servers are long-running in real use: every query runs on both before anything is measured,
// so that neither side's numbers include its just-in-time compiler's first minutes.
const warmUp = Number(env.WARM_UP_SECONDS ?? 10);
for (const { bodies } of prepared) {
  for (const side of ['ours', 'peer']) {
    wrk(side, bodies[side].file, 4, warmUp);
    await waitIdle(db, side);
  }
}
const rows = [];
for (const { q, bodies, answers, ourLeaves } of prepared) {
  for (const connections of connectionCounts) {
    const runs = { ours: [], peer: [] };
    for (const side of ['ours', 'peer']) {
      wrk(side, bodies[side].file, connections, Math.max(2, Math.round(seconds / 2)));
      await waitIdle(db, side);
    }
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? ['ours', 'peer'] : ['peer', 'ours'];
      for (const side of order) {
        runs[side].push(await measured(db, side, bodies[side].file, connections, seconds));
      }
    }
    const ours = combine(runs.ours), peer = combine(runs.peer);
    const row = { query: q.name, connections, leaves: ourLeaves.length, ours, peer,
      bytes: { ours: answers.ours.bytes, peer: answers.peer.bytes }, ratio: ours.rps / peer.rps };
    rows.push(row);
    console.error(`${q.name} c=${connections}: ours ${fmt(ours.rps)} req/s, PostGraphile ${fmt(peer.rps)} req/s,`
      + ` ratio ${row.ratio.toFixed(2)}`);
  }
}
await db.end();

const header = '| query | conns | leaf values | req/s ours | req/s PostGraphile | ratio | p50 ms ours / PG | p99 ms ours / PG'
  + ' | errors ours / PG | SQL/req ours / PG | PostgreSQL CPU ms/req ours / PG | planning ms/req ours / PG'
  + ' | execution ms/req ours / PG | service RSS MiB |';
const lines = [`${env.SIZE}: ${env.SIZE_LINE}`, '', header, '|' + ' --- |'.repeat(14)];
const f3 = n => n.toFixed(3);
for (const r of rows) {
  lines.push(`| ${r.query} | ${r.connections} | ${r.leaves} | ${fmt(r.ours.rps)} | ${fmt(r.peer.rps)} | **${r.ratio.toFixed(2)}**`
    + ` | ${fmt(r.ours.p50, 2)} / ${fmt(r.peer.p50, 2)} | ${fmt(r.ours.p99, 2)} / ${fmt(r.peer.p99, 2)}`
    + ` | ${r.ours.errors} / ${r.peer.errors} | ${fmt(r.ours.statements)} / ${fmt(r.peer.statements)}`
    + ` | ${f3(r.ours.pgCpu)} / ${f3(r.peer.pgCpu)} | ${f3(r.ours.planMs)} / ${f3(r.peer.planMs)}`
    + ` | ${f3(r.ours.execMs)} / ${f3(r.peer.execMs)} | ${fmt(r.ours.rss, 0)} |`);
}
const table = lines.join('\n');
writeFileSync(join(work, `results-${env.SIZE}.md`), table + '\n');
writeFileSync(join(work, `results-${env.SIZE}.json`), JSON.stringify(rows, null, 1));
console.log(table + '\n');
