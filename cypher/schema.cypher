// Trellis schema: uniqueness of `id` per label (units share one id space) and the indexes the projections
// and the importer use. Every statement is idempotent (IF NOT EXISTS) and applied at start-up.
CREATE CONSTRAINT unit_id IF NOT EXISTS FOR (n:Unit) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT department_id IF NOT EXISTS FOR (n:Department) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT provider_id IF NOT EXISTS FOR (n:Provider) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT engagement_id IF NOT EXISTS FOR (n:Engagement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT feedback_id IF NOT EXISTS FOR (n:Feedback) REQUIRE n.id IS UNIQUE;
// E-mail addresses are unique regardless of case: the constraint holds the lower-cased form (emailKey).
CREATE CONSTRAINT person_email_key IF NOT EXISTS FOR (n:Person) REQUIRE n.emailKey IS UNIQUE;
// An outside e-mail domain maps to one provider (cypher/import/domains.cypher).
CREATE CONSTRAINT email_domain IF NOT EXISTS FOR (n:EmailDomain) REQUIRE n.domain IS UNIQUE;
// Value: initiatives are upserted by id (cypher/import/initiatives.cypher), benefits from their initiative.
CREATE CONSTRAINT initiative_id IF NOT EXISTS FOR (n:Initiative) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT trellis_meta_id IF NOT EXISTS FOR (n:TrellisMeta) REQUIRE n.id IS UNIQUE;
// Engagement chunks, one per 30-day slot, and the slots each import touched (projection/engagementChunks.ts).
CREATE CONSTRAINT engagement_chunk_slot IF NOT EXISTS FOR (n:EngagementChunk) REQUIRE n.slot IS UNIQUE;
CREATE CONSTRAINT data_change_version IF NOT EXISTS FOR (n:DataChange) REQUIRE n.version IS UNIQUE;
// Time windows: every projection filters engagements and feedback by time.
CREATE INDEX engagement_at IF NOT EXISTS FOR (n:Engagement) ON (n.at);
CREATE INDEX feedback_at IF NOT EXISTS FOR (n:Feedback) ON (n.at);
CREATE INDEX engagement_kind IF NOT EXISTS FOR (n:Engagement) ON (n.kind);
// Import staging (cypher/import/staged): new nodes are looked up by id before the switch gives them their labels.
CREATE INDEX staged_unit_id IF NOT EXISTS FOR (n:StagedUnit) ON (n.id);
CREATE INDEX staged_person_id IF NOT EXISTS FOR (n:StagedPerson) ON (n.id);
CREATE INDEX staged_engagement_id IF NOT EXISTS FOR (n:StagedEngagement) ON (n.id);
CREATE INDEX staged_feedback_id IF NOT EXISTS FOR (n:StagedFeedback) ON (n.id);
