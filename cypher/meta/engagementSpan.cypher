// The time span of the engagements (windows default to the last N days up to the newest engagement).
// Returns: first, last (DateTime or null when there are no engagements).
MATCH (e:Engagement)
RETURN min(e.at) AS first, max(e.at) AS last
