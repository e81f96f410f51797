-- A library as written by Workbench schema 8 (migrations 0001_initial to 0008_office_holders): the
-- schema-2 fixture upgraded, with a republication date, a lens decision, a check decision and an
-- office holder.
PRAGMA user_version = 8;
BEGIN;
CREATE TABLE "_sqlite_migrations" (
   "id" INTEGER PRIMARY KEY,
   "migration_set" TEXT,
   "name" TEXT,
   "applied_at" TEXT
);
CREATE TABLE reviews (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            reviewer TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'trashed'))
        , trashed_at TEXT, total INTEGER NOT NULL DEFAULT 0, checked INTEGER NOT NULL DEFAULT 0, disputed INTEGER NOT NULL DEFAULT 0, republish_on TEXT);
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
            imported_at TEXT NOT NULL, revised_by TEXT NOT NULL DEFAULT '',
            UNIQUE (review_id, version)
        );
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
        , value_edited INTEGER NOT NULL DEFAULT 0, version INTEGER NOT NULL DEFAULT 1, number INTEGER NOT NULL DEFAULT 0, correction TEXT NOT NULL DEFAULT '', original_value TEXT, sentence_start INTEGER, sentence_end INTEGER, resolved TEXT, anchor_value TEXT, weekday TEXT, revision TEXT, previous TEXT, refers_to INTEGER);
CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            citation TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            publisher TEXT NOT NULL DEFAULT '',
            accessed TEXT NOT NULL DEFAULT '',
            excerpt TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL
        );
CREATE TABLE claim_sources (
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            added TEXT NOT NULL,
            PRIMARY KEY (claim_id, source_id)
        );
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
CREATE VIRTUAL TABLE "reviews_fts" USING FTS5 (
    "title",
    tokenize='porter',
    content="reviews"
);
CREATE VIRTUAL TABLE "articles_fts" USING FTS5 (
    "title", "text",
    tokenize='porter',
    content="articles"
);
CREATE VIRTUAL TABLE "claims_fts" USING FTS5 (
    "text", "note", "qualifier",
    tokenize='porter',
    content="claims"
);
CREATE VIRTUAL TABLE "sources_fts" USING FTS5 (
    "citation", "title", "publisher", "excerpt",
    tokenize='porter',
    content="sources"
);
CREATE TABLE lens_decisions (
            id INTEGER PRIMARY KEY,
            review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            class TEXT NOT NULL,
            decision TEXT NOT NULL CHECK (decision IN ('accepted', 'dismissed', 'still_true')),
            rewrite TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            decided_by TEXT NOT NULL DEFAULT '',
            decided_at TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            UNIQUE (article_id, start, "end", class)
        );
CREATE TABLE check_decisions (
            id INTEGER PRIMARY KEY,
            review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            rule TEXT NOT NULL,
            spans TEXT NOT NULL,
            message TEXT NOT NULL DEFAULT '',
            decision TEXT NOT NULL CHECK (decision IN ('dismissed', 'disputed')),
            reason TEXT NOT NULL DEFAULT '',
            decided_by TEXT NOT NULL DEFAULT '',
            decided_at TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            UNIQUE (article_id, rule, spans)
        );
CREATE TABLE removed_claims (
            id INTEGER PRIMARY KEY,
            review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            old_claim_id INTEGER NOT NULL,
            number INTEGER NOT NULL DEFAULT 0,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            value TEXT,
            status TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            sources TEXT NOT NULL DEFAULT '[]',
            marked_by TEXT NOT NULL DEFAULT '',
            old_start INTEGER NOT NULL,
            old_end INTEGER NOT NULL,
            sentence TEXT NOT NULL DEFAULT ''
        );
CREATE TABLE office_holders (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            title TEXT NOT NULL,
            held_from TEXT,
            held_to TEXT,
            source TEXT NOT NULL DEFAULT '',
            confirmed_by TEXT NOT NULL DEFAULT '',
            confirmed_at TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1
        );
CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"
    ON "_sqlite_migrations" ("migration_set", "name");
CREATE INDEX claims_review ON claims(review_id, position);
CREATE INDEX sources_citation ON sources(citation);
CREATE INDEX claim_sources_source ON claim_sources(source_id);
CREATE INDEX events_review ON events(review_id, id);
CREATE INDEX reviews_state_updated ON reviews(state, updated);
CREATE INDEX articles_review_version ON articles(review_id, version, published);
CREATE INDEX lens_decisions_review ON lens_decisions(review_id);
CREATE INDEX check_decisions_review ON check_decisions(review_id);
CREATE INDEX claims_article ON claims(article_id, position);
CREATE INDEX removed_claims_article ON removed_claims(article_id);
CREATE INDEX office_holders_name ON office_holders(name COLLATE NOCASE);
INSERT INTO "_sqlite_migrations" ("id", "migration_set", "name", "applied_at") VALUES (1, 'workbench', '0001_initial', '2026-11-25 11:01:17.257775+00:00');
INSERT INTO "_sqlite_migrations" ("id", "migration_set", "name", "applied_at") VALUES (2, 'workbench', '0002_search_trash_edits', '2026-11-25 11:01:17.268711+00:00');
INSERT INTO "_sqlite_migrations" ("id", "migration_set", "name", "applied_at") VALUES (3, 'workbench', '0003_row_versions', '2026-12-02 06:38:47.537949+00:00');
INSERT INTO "_sqlite_migrations" ("id", "migration_set", "name", "applied_at") VALUES (4, 'workbench', '0004_claim_details', '2026-12-02 06:38:47.541867+00:00');
INSERT INTO "_sqlite_migrations" ("id", "migration_set", "name", "applied_at") VALUES (5, 'workbench', '0005_republication', '2026-12-02 06:38:47.544514+00:00');
INSERT INTO "_sqlite_migrations" ("id", "migration_set", "name", "applied_at") VALUES (6, 'workbench', '0006_check_decisions', '2026-12-02 06:38:47.545284+00:00');
INSERT INTO "_sqlite_migrations" ("id", "migration_set", "name", "applied_at") VALUES (7, 'workbench', '0007_revisions', '2026-12-02 06:38:47.550064+00:00');
INSERT INTO "_sqlite_migrations" ("id", "migration_set", "name", "applied_at") VALUES (8, 'workbench', '0008_office_holders', '2026-12-02 06:38:47.551065+00:00');
INSERT INTO "reviews" ("id", "title", "reviewer", "created", "updated", "state", "trashed_at", "total", "checked", "disputed", "republish_on") VALUES (1, 'Budget story', 'amira', '2026-11-25T11:01:17+00:00', '2026-12-02T06:38:47+00:00', 'open', NULL, 3, 2, 1, '2026-12-01');
INSERT INTO "reviews" ("id", "title", "reviewer", "created", "updated", "state", "trashed_at", "total", "checked", "disputed", "republish_on") VALUES (2, 'Old draft', 'amira', '2026-11-25T11:01:17+00:00', '2026-11-25T11:01:17+00:00', 'trashed', '2026-11-25T11:01:17+00:00', 0, 0, 0, NULL);
INSERT INTO "articles" ("id", "review_id", "version", "text", "title", "publisher", "byline", "origin", "published", "content_hash", "imported_at", "revised_by") VALUES (1, 1, 1, 'The council approved a budget of $12 million on Tuesday, up 4% from last year.', 'Budget story', 'The Gazette', '', 'https://example.org/budget', '2025-03-01', 'a28373c1a89326583987e0b88f648ed0323e16af1b3cca1c2c7f13b427e20242', '2026-11-25T11:01:17+00:00', '');
INSERT INTO "articles" ("id", "review_id", "version", "text", "title", "publisher", "byline", "origin", "published", "content_hash", "imported_at", "revised_by") VALUES (2, 2, 1, 'Draft with 3 errors.', 'Old draft', '', '', '', NULL, 'db096b99c3a954a823c06db7ad41cd8e387cd85c2d54a753a411549b65069ebb', '2026-11-25T11:01:17+00:00', '');
INSERT INTO "claims" ("id", "review_id", "article_id", "start", "end", "text", "kind", "value", "unit", "mod", "approximate", "qualifier", "context", "origin", "status", "note", "position", "confidence", "marked_by", "marked_at", "value_edited", "version", "number", "correction", "original_value", "sentence_start", "sentence_end", "resolved", "anchor_value", "weekday", "revision", "previous", "refers_to") VALUES (1, 1, 1, 33, 44, '$12 million', 'money', '{"amount": 12000000, "currency": "USD"}', NULL, NULL, 0, '', 'The council approved a budget of $12 million on Tuesday, up 4% from last year.', 'auto', 'verified', 'Matches the minutes.', 0, 1.0, 'amira', '2026-11-25T11:01:17+00:00', 0, 1, 1, '', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "claims" ("id", "review_id", "article_id", "start", "end", "text", "kind", "value", "unit", "mod", "approximate", "qualifier", "context", "origin", "status", "note", "position", "confidence", "marked_by", "marked_at", "value_edited", "version", "number", "correction", "original_value", "sentence_start", "sentence_end", "resolved", "anchor_value", "weekday", "revision", "previous", "refers_to") VALUES (2, 1, 1, 48, 55, 'Tuesday', 'date', '"2025-02-25"', NULL, NULL, 0, '', 'The council approved a budget of $12 million on Tuesday, up 4% from last year.', 'auto', 'disputed', 'Vote was Monday.', 1, 1.0, 'amira', '2026-11-25T11:01:17+00:00', 0, 1, 2, '', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "claims" ("id", "review_id", "article_id", "start", "end", "text", "kind", "value", "unit", "mod", "approximate", "qualifier", "context", "origin", "status", "note", "position", "confidence", "marked_by", "marked_at", "value_edited", "version", "number", "correction", "original_value", "sentence_start", "sentence_end", "resolved", "anchor_value", "weekday", "revision", "previous", "refers_to") VALUES (3, 1, 1, 60, 62, '4%', 'percent', '4', NULL, NULL, 0, '', 'The council approved a budget of $12 million on Tuesday, up 4% from last year.', 'auto', 'unchecked', '', 2, 1.0, '', '', 0, 1, 3, '', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "sources" ("id", "citation", "title", "publisher", "accessed", "excerpt", "created") VALUES (1, 'https://example.org/minutes', 'Council minutes', 'City of Example', '2025-03-02', 'approved 12,000,000', '2026-11-25T11:01:17+00:00');
INSERT INTO "claim_sources" ("claim_id", "source_id", "added") VALUES (1, 1, '2026-11-25T11:01:17+00:00');
INSERT INTO "events" ("id", "at", "actor", "action", "review_id", "claim_id", "before", "after") VALUES (1, '2026-11-25T11:01:17+00:00', 'amira', 'review.create', 1, NULL, NULL, '{"claims": 3, "origin": "https://example.org/budget", "published": "2025-03-01", "title": "Budget story"}');
INSERT INTO "events" ("id", "at", "actor", "action", "review_id", "claim_id", "before", "after") VALUES (2, '2026-11-25T11:01:17+00:00', 'amira', 'claim.mark', 1, 1, '{"note": "", "status": "unchecked"}', '{"note": "Matches the minutes.", "sources": ["https://example.org/minutes"], "status": "verified"}');
INSERT INTO "events" ("id", "at", "actor", "action", "review_id", "claim_id", "before", "after") VALUES (3, '2026-11-25T11:01:17+00:00', 'amira', 'claim.mark', 1, 2, '{"note": "", "status": "unchecked"}', '{"note": "Vote was Monday.", "status": "disputed"}');
INSERT INTO "events" ("id", "at", "actor", "action", "review_id", "claim_id", "before", "after") VALUES (4, '2026-11-25T11:01:17+00:00', 'amira', 'review.create', 2, NULL, NULL, '{"claims": 0, "origin": "", "published": null, "title": "Old draft"}');
INSERT INTO "events" ("id", "at", "actor", "action", "review_id", "claim_id", "before", "after") VALUES (5, '2026-11-25T11:01:17+00:00', 'amira', 'review.trash', 2, NULL, NULL, NULL);
INSERT INTO "events" ("id", "at", "actor", "action", "review_id", "claim_id", "before", "after") VALUES (6, '2026-12-02T06:38:47+00:00', 'amira', 'review.republish', 1, NULL, '{"republish_on": null}', '{"republish_on": "2026-12-01"}');
INSERT INTO "events" ("id", "at", "actor", "action", "review_id", "claim_id", "before", "after") VALUES (7, '2026-12-02T06:38:47+00:00', 'amira', 'lens.decide', 1, NULL, NULL, '{"class": "relative_date", "decision": "accepted", "end": 55, "reason": "", "rewrite": "on 25 February 2025", "start": 48, "text": "Tuesday"}');
INSERT INTO "events" ("id", "at", "actor", "action", "review_id", "claim_id", "before", "after") VALUES (8, '2026-12-02T06:38:47+00:00', 'amira', 'check.decide', 1, NULL, NULL, '{"decision": "dismissed", "message": "1 Mar 2025 was a Saturday, the text says Tuesday", "reason": "Tuesday of that week", "rule": "weekday", "spans": [[48, 55]]}');
INSERT INTO "events" ("id", "at", "actor", "action", "review_id", "claim_id", "before", "after") VALUES (9, '2026-12-02T06:38:47+00:00', 'amira', 'office.add', NULL, NULL, NULL, '{"held_from": "2022-05-01", "held_to": null, "name": "Jane Doe", "source": "council.gov.uk", "title": "Council Leader"}');
INSERT INTO "lens_decisions" ("id", "review_id", "article_id", "start", "end", "text", "class", "decision", "rewrite", "reason", "decided_by", "decided_at", "version") VALUES (1, 1, 1, 48, 55, 'Tuesday', 'relative_date', 'accepted', 'on 25 February 2025', '', 'amira', '2026-12-02T06:38:47+00:00', 1);
INSERT INTO "check_decisions" ("id", "review_id", "article_id", "rule", "spans", "message", "decision", "reason", "decided_by", "decided_at", "version") VALUES (1, 1, 1, 'weekday', '[[48, 55]]', '1 Mar 2025 was a Saturday, the text says Tuesday', 'dismissed', 'Tuesday of that week', 'amira', '2026-12-02T06:38:47+00:00', 1);
INSERT INTO "office_holders" ("id", "name", "title", "held_from", "held_to", "source", "confirmed_by", "confirmed_at", "version") VALUES (1, 'Jane Doe', 'Council Leader', '2022-05-01', NULL, 'council.gov.uk', 'amira', '2026-12-02T06:38:47+00:00', 1);
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
           BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
           BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
CREATE TRIGGER "reviews_ai" AFTER INSERT ON "reviews" BEGIN
  INSERT INTO "reviews_fts" (rowid, "title") VALUES (new.rowid, new."title");
END;
CREATE TRIGGER "reviews_ad" AFTER DELETE ON "reviews" BEGIN
  INSERT INTO "reviews_fts" ("reviews_fts", rowid, "title") VALUES('delete', old.rowid, old."title");
END;
CREATE TRIGGER "reviews_au" AFTER UPDATE ON "reviews" BEGIN
  INSERT INTO "reviews_fts" ("reviews_fts", rowid, "title") VALUES('delete', old.rowid, old."title");
  INSERT INTO "reviews_fts" (rowid, "title") VALUES (new.rowid, new."title");
END;
CREATE TRIGGER "articles_ai" AFTER INSERT ON "articles" BEGIN
  INSERT INTO "articles_fts" (rowid, "title", "text") VALUES (new.rowid, new."title", new."text");
END;
CREATE TRIGGER "articles_ad" AFTER DELETE ON "articles" BEGIN
  INSERT INTO "articles_fts" ("articles_fts", rowid, "title", "text") VALUES('delete', old.rowid, old."title", old."text");
END;
CREATE TRIGGER "articles_au" AFTER UPDATE ON "articles" BEGIN
  INSERT INTO "articles_fts" ("articles_fts", rowid, "title", "text") VALUES('delete', old.rowid, old."title", old."text");
  INSERT INTO "articles_fts" (rowid, "title", "text") VALUES (new.rowid, new."title", new."text");
END;
CREATE TRIGGER "claims_ai" AFTER INSERT ON "claims" BEGIN
  INSERT INTO "claims_fts" (rowid, "text", "note", "qualifier") VALUES (new.rowid, new."text", new."note", new."qualifier");
END;
CREATE TRIGGER "claims_ad" AFTER DELETE ON "claims" BEGIN
  INSERT INTO "claims_fts" ("claims_fts", rowid, "text", "note", "qualifier") VALUES('delete', old.rowid, old."text", old."note", old."qualifier");
END;
CREATE TRIGGER "claims_au" AFTER UPDATE ON "claims" BEGIN
  INSERT INTO "claims_fts" ("claims_fts", rowid, "text", "note", "qualifier") VALUES('delete', old.rowid, old."text", old."note", old."qualifier");
  INSERT INTO "claims_fts" (rowid, "text", "note", "qualifier") VALUES (new.rowid, new."text", new."note", new."qualifier");
END;
CREATE TRIGGER "sources_ai" AFTER INSERT ON "sources" BEGIN
  INSERT INTO "sources_fts" (rowid, "citation", "title", "publisher", "excerpt") VALUES (new.rowid, new."citation", new."title", new."publisher", new."excerpt");
END;
CREATE TRIGGER "sources_ad" AFTER DELETE ON "sources" BEGIN
  INSERT INTO "sources_fts" ("sources_fts", rowid, "citation", "title", "publisher", "excerpt") VALUES('delete', old.rowid, old."citation", old."title", old."publisher", old."excerpt");
END;
CREATE TRIGGER "sources_au" AFTER UPDATE ON "sources" BEGIN
  INSERT INTO "sources_fts" ("sources_fts", rowid, "citation", "title", "publisher", "excerpt") VALUES('delete', old.rowid, old."citation", old."title", old."publisher", old."excerpt");
  INSERT INTO "sources_fts" (rowid, "citation", "title", "publisher", "excerpt") VALUES (new.rowid, new."citation", new."title", new."publisher", new."excerpt");
END;
CREATE TRIGGER claims_count_insert AFTER INSERT ON claims WHEN NEW.refers_to IS NULL AND NEW.article_id = (SELECT MAX(a.id) FROM articles a WHERE a.review_id = NEW.review_id) BEGIN UPDATE reviews SET total = total + 1, checked = checked + (NEW.status != 'unchecked'), disputed = disputed + (NEW.status = 'disputed') WHERE id = NEW.review_id; END;
CREATE TRIGGER claims_count_delete AFTER DELETE ON claims WHEN OLD.refers_to IS NULL AND OLD.article_id = (SELECT MAX(a.id) FROM articles a WHERE a.review_id = OLD.review_id) BEGIN UPDATE reviews SET total = total - 1, checked = checked - (OLD.status != 'unchecked'), disputed = disputed - (OLD.status = 'disputed') WHERE id = OLD.review_id; END;
CREATE TRIGGER claims_count_status AFTER UPDATE OF status ON claims WHEN NEW.refers_to IS NULL AND NEW.article_id = (SELECT MAX(a.id) FROM articles a WHERE a.review_id = NEW.review_id) BEGIN UPDATE reviews SET checked = checked - (OLD.status != 'unchecked') + (NEW.status != 'unchecked'), disputed = disputed - (OLD.status = 'disputed') + (NEW.status = 'disputed') WHERE id = NEW.review_id; END;
INSERT INTO "reviews_fts"("reviews_fts") VALUES ('rebuild');
INSERT INTO "articles_fts"("articles_fts") VALUES ('rebuild');
INSERT INTO "claims_fts"("claims_fts") VALUES ('rebuild');
INSERT INTO "sources_fts"("sources_fts") VALUES ('rebuild');
COMMIT;
