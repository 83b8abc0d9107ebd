// title: Declining relationships (the dashboard's rule)
// description: Provider–department relationships the relationships dashboard calls declining as of a date: volume per 30-day period falling over the newest six periods and over the six ending three periods earlier (relative least-squares slope ≤ −8 % a period, fitted fall of at least 3 engagements), neither dormant nor forming. The fastest fall first, with the volumes per period (oldest first).
// param asOf: string = latest — end of the newest period (exclusive): a date-time, or latest for the day after the newest engagement, where the dashboard's windows end
// The rule map restates server/analytics/macro/config.ts's defaults (a unit test keeps them equal). Counting as the
// dashboard does (cypher/reference/projection/relationshipPeriods.cypher): people count for the top-level unit
// above their first membership; an engagement relates its initiator's unit to each other unit present.
WITH {periodDays: 30, historyPeriods: 12, trailingPeriods: 6, decliningStepPeriods: 3, decliningWindows: 2,
      growthThreshold: 0.08, minChange: 3, dormantGaps: 3, dormantMinDays: 45, formingMaxAgeDays: 90,
      formingMinContacts: 10} AS rule
CALL () { MATCH (e:Engagement) RETURN max(e.at) AS newest }
WITH rule, CASE $asOf WHEN 'latest' THEN datetime.truncate('day', newest) + duration({days: 1})
                       ELSE datetime($asOf) END AS asOf
WITH rule, asOf, asOf - duration({days: rule.periodDays * rule.historyPeriods}) AS since
MATCH (person:Person)-[r:PARTICIPATED]->(e:Engagement) WHERE since <= e.at < asOf
CALL (person) {
  MATCH (person)-[m:MEMBER_OF]->(u:Unit)
  WITH u ORDER BY m.since, u.id LIMIT 1
  MATCH (u)-[:PART_OF*0..]->(top:Unit) WHERE NOT (top)-[:PART_OF]->(:Unit)
  RETURN top.id AS unit LIMIT 1
}
WITH rule, asOf, e, collect({unit: unit, initiator: r.role = 'initiator'}) AS people
WITH rule, asOf, e, [x IN people WHERE x.initiator | x.unit][0] AS initiatorUnit,
     reduce(units = [], x IN people | CASE WHEN x.unit IN units THEN units ELSE units + x.unit END) AS units
UNWIND [u IN units WHERE u <> initiatorUnit] AS other
MATCH (p:Provider)-[:SERVES]->(d:Department)
  WHERE (p.id = initiatorUnit AND d.id = other) OR (p.id = other AND d.id = initiatorUnit)
WITH rule, asOf, p, d, e ORDER BY e.at
WITH rule, asOf, p, d, [x IN collect(DISTINCT e) | x.at.epochMillis] AS times
WITH rule, asOf, p, d, times, [t IN times | toInteger((asOf.epochMillis - t) / (rule.periodDays * 86400000))] AS periods
WITH rule, asOf, p, d, times, periods, reduce(o = 0, k IN periods | CASE WHEN k > o THEN k ELSE o END) AS oldest
WITH rule, asOf, p, d, times, oldest, [k IN range(oldest, 0, -1) | size([x IN periods WHERE x = k])] AS series,
     [i IN range(1, size(times) - 1) | (times[i] - times[i - 1]) / 86400000.0] AS gaps
CALL (gaps) { UNWIND gaps AS gap RETURN percentileCont(gap, 0.5) AS medianGap }
// the trend spans, newest first: trailingPeriods long, each ending decliningStepPeriods before the next
UNWIND range(0, rule.decliningWindows - 1) AS spanIndex
WITH rule, asOf, p, d, times, oldest, series, medianGap, spanIndex * rule.decliningStepPeriods AS endPeriod
WITH rule, asOf, p, d, times, series, medianGap, endPeriod,
     [k IN range(CASE WHEN endPeriod + rule.trailingPeriods - 1 < oldest THEN endPeriod + rule.trailingPeriods - 1
                      ELSE oldest END, endPeriod, -1) | series[oldest - k]] AS v
WITH rule, asOf, p, d, times, series, medianGap, endPeriod, v, size(v) AS n,
     CASE WHEN size(v) = 0 THEN 0.0 ELSE reduce(s = 0.0, x IN v | s + x) / size(v) END AS mean
WITH rule, asOf, p, d, times, series, medianGap, endPeriod, n, mean,
     CASE WHEN n < 2 THEN null
          ELSE reduce(s = 0.0, i IN range(0, n - 1) | s + (i - (n - 1) / 2.0) * (v[i] - mean))
               / reduce(s = 0.0, i IN range(0, n - 1) | s + (i - (n - 1) / 2.0) ^ 2) END AS slope
WITH rule, asOf, p, d, times, series, medianGap, endPeriod,
     CASE WHEN slope IS NULL OR mean = 0 THEN null ELSE slope / mean END AS relative,
     CASE WHEN slope IS NULL THEN 0.0 ELSE -slope * (n - 1) END AS fall
ORDER BY endPeriod
WITH rule, asOf, p, d, times, series, medianGap,
     collect({relative: relative, falling: relative <= -rule.growthThreshold AND fall >= rule.minChange}) AS spans
WITH p, d, series, spans, size(times) AS contacts,
     (asOf.epochMillis - times[0]) / 86400000.0 AS ageDays,
     (asOf.epochMillis - times[-1]) / 86400000.0 AS silenceDays,
     CASE WHEN rule.dormantGaps * coalesce(medianGap, 0) > rule.dormantMinDays
          THEN rule.dormantGaps * coalesce(medianGap, 0) ELSE rule.dormantMinDays END AS dormantAfter, rule
  WHERE silenceDays <= dormantAfter
    AND ageDays >= rule.formingMaxAgeDays AND contacts >= rule.formingMinContacts
    AND all(s IN spans WHERE s.falling = true)
RETURN p.name AS provider, d.name AS department, p.id AS providerId, d.id AS departmentId,
       round(100 * spans[0].relative, 1) AS changePerPeriodPercent,
       round(100 * spans[1].relative, 1) AS changePerPeriodBeforePercent,
       series[-rule.trailingPeriods..] AS lastVolumes
ORDER BY changePerPeriodPercent, provider, department
