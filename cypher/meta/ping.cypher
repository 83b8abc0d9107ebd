// The health check's ping: the cheapest query there is, so its answer says the database answers, not how busy it is.
// Parameters: none. Returns: ok (1).
RETURN 1 AS ok
