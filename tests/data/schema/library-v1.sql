-- A library as written by Workbench schema 1 (migration 0001_initial only).
PRAGMA user_version = 1;
BEGIN TRANSACTION;
CREATE TABLE "_sqlite_migrations" (
   "id" INTEGER PRIMARY KEY,
   "migration_set" TEXT,
   "name" TEXT,
   "applied_at" TEXT
);
INSERT INTO "_sqlite_migrations" VALUES(1,'workbench','0001_initial','2026-11-25 10:54:37.988825+00:00');
CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
            version INTEGER NOT NULL DEFAULT 1,
            text TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            publisher TEXT NOT NULL DEFAULT '',
            byline TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL DEFAULT '',
            published TEXT,
            content_hash TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            UNIQUE (review_id, version)
        );
INSERT INTO "articles" VALUES(1,1,1,'The council approved a budget of $12 million on Tuesday, up 4% from last year.','Council budget','The Gazette','J. Doe','https://example.org/budget','2025-03-01','x','2025-03-02T09:15:00+00:00');
CREATE TABLE claim_sources (
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            added TEXT NOT NULL,
            PRIMARY KEY (claim_id, source_id)
        );
INSERT INTO "claim_sources" VALUES(1,1,'2025-03-02T09:15:00+00:00');
CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL CHECK (start >= 0),
            "end" INTEGER NOT NULL CHECK ("end" >= start),
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            value TEXT,
            unit TEXT,
            mod TEXT,
            approximate INTEGER NOT NULL DEFAULT 0,
            qualifier TEXT NOT NULL DEFAULT '',
            context TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL DEFAULT 'auto' CHECK (origin IN ('auto', 'manual')),
            status TEXT NOT NULL DEFAULT 'unchecked' CHECK (status IN ('unchecked', 'verified', 'disputed')),
            note TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            confidence REAL NOT NULL DEFAULT 1.0,
            marked_by TEXT NOT NULL DEFAULT '',
            marked_at TEXT NOT NULL DEFAULT ''
        );
INSERT INTO "claims" VALUES(1,1,1,33,44,'$12 million','money','{"amount": 12000000, "currency": "USD"}',NULL,NULL,0,'','The council approved a budget of $12 million on Tuesday, up 4% from last year.','auto','verified','Matches the minutes.',0,1.0,'amira','2025-03-02T09:15:00+00:00');
INSERT INTO "claims" VALUES(2,1,1,48,55,'Tuesday','date','"2025-02-25"',NULL,NULL,0,'','The council approved a budget of $12 million on Tuesday, up 4% from last year.','auto','disputed','Vote was Monday.',1,0.9,'amira','2025-03-02T09:15:00+00:00');
INSERT INTO "claims" VALUES(3,1,1,63,65,'4%','percent','4',NULL,NULL,0,'','The council approved a budget of $12 million on Tuesday, up 4% from last year.','auto','unchecked','',2,1.0,'','');
CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            review_id INTEGER,
            claim_id INTEGER,
            before TEXT,
            after TEXT
        );
INSERT INTO "events" VALUES(1,'2025-03-02T09:15:00+00:00','amira','claim.mark',1,1,'{"status": "unchecked"}','{"status": "verified"}');
CREATE TABLE reviews (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            reviewer TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'trashed'))
        );
INSERT INTO "reviews" VALUES(1,'Budget story','amira','2025-03-02T09:15:00+00:00','2025-03-02T09:15:00+00:00','open');
CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            citation TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            publisher TEXT NOT NULL DEFAULT '',
            accessed TEXT NOT NULL DEFAULT '',
            excerpt TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL
        );
INSERT INTO "sources" VALUES(1,'https://example.org/minutes','Council minutes','City of Example','2025-03-02','approved 12,000,000','2025-03-02T09:15:00+00:00');
CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"
    ON "_sqlite_migrations" ("migration_set", "name");
CREATE INDEX claims_review ON claims(review_id, position);
CREATE INDEX sources_citation ON sources(citation);
CREATE INDEX claim_sources_source ON claim_sources(source_id);
CREATE INDEX events_review ON events(review_id, id);
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
           BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
COMMIT;
