/** Scaling out: a PostgreSQL work queue of inputs, and the job that analyses one. */
export { WorkQueue, QUEUE_NAME, QUEUE_SCHEMA, type QueueStatus, type EnqueueOptions, type WorkOptions } from './queue.js';
export { runJob, InputFailed, type JobData, type JobResult, type JobContext } from './job.js';
