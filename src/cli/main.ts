#!/usr/bin/env node
/** The dateline command line: one file per command, this one only dispatches. */
import { Command, CommanderError } from 'commander';
import { MAX_ARTICLE_CHARS } from '../analyzer.js';
import { runAnalyze } from './analyze.js';
import { UsageError } from './output.js';
import { runCode } from './code.js';
import { runEvents } from './events.js';
import { runExplain } from './explain.js';
import { runQueueAdd, runQueueRetry, runQueueStatus, runQueueWork } from './queue.js';
import { runQuotes } from './quotes.js';
import { runResolve } from './resolve.js';
import { runServe } from './serve.js';
import { runTag } from './tag.js';
import { runWatch } from './watch.js';
import { runShow } from './show.js';
import { runStats } from './stats.js';

const program = new Command();
program
  .name('dateline')
  .description('Structured, sourced political event data from news: who did what to whom, where, when, and who said what.')
  .version('0.1.0')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

let status = 0;

program.command('analyze')
  .description('analyse news articles (files, directories, URLs, or - for stdin) and print one JSON record per article')
  .argument('<input...>', 'files, directories, http(s) URLs, or -')
  .option('--format <format>', 'jsonl (default when stdout is not a terminal) or summary')
  .option('--published <date>', 'publication date (YYYY-MM-DD) to assume where the input carries none')
  .option('--db <path>', 'SQLite file or postgres:// URL to store results in', './dateline.db')
  .option('--no-store', 'print only, store nothing')
  .option('--dictionaries <dir>', 'PETRARCH-format actor, agent and verb dictionaries to load over the built-in ones')
  .option('--summary', 'print a summary line on stderr at the end')
  .option('--no-progress', 'no progress lines on stderr')
  .option('--batch <n>', 'articles per store transaction', '500')
  .option('--workers <n>', 'worker threads for large runs (default: one per core; 0 or 1: this thread only)')
  .option('--encoding <charset>', 'charset of plain-text inputs that are not UTF-8 (e.g. latin1, windows-1256)')
  .option('--max-chars <n>', 'longest text analysed as one article; longer ones fail with a reason', String(MAX_ARTICLE_CHARS))
  .option('--allow-private', 'also fetch URLs on private, loopback or link-local addresses (refused by default)')
  .action(async (inputs: string[], opts) => { status = await runAnalyze(inputs, opts); });

program.command('show')
  .description('print a stored article with its layers')
  .argument('<id>', 'article id')
  .option('--db <path>', 'SQLite file or postgres:// URL', './dateline.db')
  .option('--format <format>', 'text (default on a terminal) or json')
  .action(async (id: string, opts) => { status = await runShow(id, opts); });

program.command('stats')
  .description('summarise what the store holds')
  .option('--db <path>', 'SQLite file or postgres:// URL', './dateline.db')
  .option('--json', 'as JSON')
  .action(async (opts) => { status = await runStats(opts); });

program.command('quotes')
  .description('list stored quotations, by speaker')
  .option('--speaker <name>', 'speaker name (any part) or actor code')
  .option('--min-confidence <x>', 'only quotes whose confidence is at least x (0-1); quotes a rule made without one are left out')
  .option('--direct', 'only direct quotations')
  .option('--indirect', 'only indirect speech')
  .option('--named', 'only quotes whose speaker has a name (on news pages most quotes without one are no attributions)')
  .option('--unnamed', 'only quotes whose speaker has no name')
  .option('--cue-kind <kind>', 'only quotes whose cue says the source did this: speech (said, told, according to), thought (believes, expects), evidence (saw, showed) or other (a deed or a state)')
  .option('--since <date>', 'quotes of articles published on or after this date (YYYY-MM-DD)')
  .option('--until <date>', 'quotes of articles published on or before this date (YYYY-MM-DD)')
  .option('--count <by>', 'count the matching quotes by speaker instead (csv, tsv or jsonl)')
  .option('--db <path>', 'SQLite file or postgres:// URL', './dateline.db')
  .option('--limit <n>', 'at most this many', '100')
  .option('--format <format>', 'text (default on a terminal), jsonl or csv')
  .action(async (opts) => { status = await runQuotes(opts); });

program.command('events')
  .description('query stored events and export them: JSON lines, CSV, TSV or GDELT 2.0 event rows')
  .option('--actor <code>', 'source or target actor code, or its prefix (RUS matches RUSGOV)')
  .option('--source-actor <code>', 'source actor code or prefix')
  .option('--target-actor <code>', 'target actor code or prefix')
  .option('--cameo <code>', 'CAMEO code or prefix (04 matches 042)')
  .option('--plover <type>', 'PLOVER event type (CONSULT, ASSAULT, ...)')
  .option('--quad-class <n>', 'quad class 1-4')
  .option('--min-confidence <x>', 'only events whose confidence is at least x (0-1)')
  .option('--since <date>', 'events dated on or after YYYY-MM-DD')
  .option('--until <date>', 'events dated on or before YYYY-MM-DD')
  .option('--place <name>', 'place name or country code')
  .option('--article <id>', 'events of one article')
  .option('--format <format>', 'text (default on a terminal), jsonl (default otherwise), csv, tsv or gdelt (GDELT 2.0 event table, 61 columns)')
  .option('--limit <n>', 'at most this many (default: all that match)')
  .option('--count <by>', 'count the matching events by day, month, dyad or place and quad class instead (csv, tsv or jsonl)')
  .option('--header', 'a header line (default for csv and tsv; gdelt files have none)')
  .option('--no-header', 'no header line')
  .option('--evidence', 'jsonl: add the evidence\'s words and the article\'s title and source')
  .option('--db <path>', 'SQLite file or postgres:// URL', './dateline.db')
  .option('--no-progress', 'no progress lines on stderr')
  .action(async (opts) => { status = await runEvents(opts); });

const queue = program.command('queue')
  .description('spread analysis over many processes or machines through a work queue in PostgreSQL');
queue.command('add')
  .description('queue files, directories (each file a job) and URLs for analysis')
  .argument('<input...>', 'files, directories or http(s) URLs; paths must be readable where the workers run')
  .requiredOption('--db <url>', 'postgres:// URL: the database the queue and the articles live in')
  .option('--published <date>', 'publication date (YYYY-MM-DD) to assume where an input carries none')
  .option('--encoding <charset>', 'charset of plain-text inputs that are not UTF-8')
  .option('--max-chars <n>', 'longest text analysed as one article', String(MAX_ARTICLE_CHARS))
  .option('--retries <n>', 'retries of a URL whose fetch fails, with backoff', '2')
  .action(async (inputs: string[], opts) => { status = await runQueueAdd(inputs, opts); });
queue.command('work')
  .description('take queued inputs, analyse them on every core and store the articles; run one on as many machines as you like')
  .requiredOption('--db <url>', 'postgres:// URL of the queue and the store')
  .option('--workers <n>', 'analyser threads in this process (default: one per core, at most 8; 0 or 1: this thread only)')
  .option('--concurrency <n>', 'jobs at once in this process, so threads analyse while others wait on the database or the network (default: twice the threads, at least 2)')
  .option('--until-empty', 'stop when no job waits (default: keep taking jobs until Ctrl-C)')
  .option('--dictionaries <dir>', 'PETRARCH-format dictionaries to load over the built-in ones')
  .option('--allow-private', 'also fetch URLs on private, loopback or link-local addresses')
  .option('--stale-after <seconds>', 'a worker not heard from for this long has stopped: the jobs it held are queued again (an input whose workers stop three times fails)', '60')
  .option('--no-progress', 'no progress lines on stderr')
  .action(async (opts) => { status = await runQueueWork(opts); });
queue.command('retry')
  .description('queue every failed input again (after fixing what made it fail)')
  .requiredOption('--db <url>', 'postgres:// URL of the queue')
  .action(async (opts) => { status = await runQueueRetry(opts); });
queue.command('status')
  .description('jobs waiting, running, completed and failed, and the latest failures with their reasons')
  .requiredOption('--db <url>', 'postgres:// URL of the queue')
  .option('--json', 'as JSON')
  .action(async (opts) => { status = await runQueueStatus(opts); });

program.command('explain')
  .description('show how each event of a stored article was coded (pattern, actors, evidence) and what made each quote and how its speaker was named')
  .argument('<id>', 'article id')
  .option('--db <path>', 'SQLite file or postgres:// URL', './dateline.db')
  .option('--format <format>', 'text (default on a terminal) or json')
  .action(async (id: string, opts) => { status = await runExplain(id, opts); });

program.command('tag')
  .description('tag CoNLL-2003 lines on stdin with named-entity IOB2 tags')
  .option('--conll', 'CoNLL-2003 column format in and out')
  .action(async (opts) => { status = await runTag(opts); });

program.command('code')
  .description('code sentences ({"id","text","date"?} per line on stdin) into CAMEO/PLOVER events')
  .option('--jsonl', 'JSON lines in and out')
  .option('--dictionaries <dir>', 'PETRARCH-format *.actors.txt, *.agents.txt, *.verbs.txt, *.discards.txt to load over the built-in ones')
  .action(async (opts) => { status = await runCode(opts); });

program.command('resolve')
  .description('resolve actor names or descriptions ({"id","text","date"?} per line on stdin) to actor codes')
  .option('--jsonl', 'JSON lines in and out')
  .action(async (opts) => { status = await runResolve(opts); });

program.command('serve')
  .description('serve the dashboard at / and the JSON API under /api')
  .option('--db <path>', 'SQLite file or postgres:// URL', './dateline.db')
  .option('--port <n>', 'port (0: any free port)', '8080')
  .option('--host <host>', 'address to bind (default 127.0.0.1, this machine only)')
  .option('--allow-ingest', 'accept POST /api/analyze (otherwise read-only)')
  .option('--allow-private', 'let POST /api/analyze fetch URLs on private, loopback or link-local addresses (refused by default)')
  .action(async (opts) => { status = await runServe(opts); });

program.command('watch')
  .description('poll RSS/Atom feeds, analysing and storing new articles; Ctrl-C stops')
  .argument('<feed...>', 'feed URLs')
  .option('--every <interval>', 'how often to poll each feed (e.g. 15m, 90s, 1h)', '15m')
  .option('--db <path>', 'SQLite file or postgres:// URL', './dateline.db')
  .option('--format <format>', 'summary (default) or jsonl')
  .option('--once', 'poll each feed once, then stop')
  .option('--allow-private', 'also fetch feeds on private, loopback or link-local addresses (refused by default)')
  .action(async (feeds: string[], opts) => { status = await runWatch(feeds, opts); });

try {
  await program.parseAsync(process.argv);
  process.exitCode = status;
} catch (e) {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? 0 : 2;
  } else if (e instanceof UsageError) {
    process.stderr.write(`dateline: ${e.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`dateline: ${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}
