// Ends the transactions of a compute task that nobody waits for any more (its reads carry the task's id as
// transaction metadata, taggedDatabase.ts): Neo4j stops their queries and the task's reads fail at once.
// Parameters: task (the task's id). Returns: one row per transaction told to end.
SHOW TRANSACTIONS YIELD transactionId, metaData
WHERE metaData.trellisTask = $task
TERMINATE TRANSACTIONS transactionId
YIELD transactionId AS ended
RETURN ended
