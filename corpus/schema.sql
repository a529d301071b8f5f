-- The factlint corpus database, format version 2 (PRAGMA user_version, below).
--
-- Written by `factlint corpus build` (engine/corpus/builder.cc) from the YAML and CSV corpus
-- sources, read through the read-only Corpus class (engine/include/factlint/corpus.h). Only
-- engine/corpus/ talks SQL; everything else sees this format through that header.
--
-- Conventions:
--   * Dates are TEXT 'YYYY-MM-DD' (ISO 8601), so they sort and compare as strings. NULL means
--     "not given" (an open end of a role, a statement with no period).
--   * Ids (entities, measures, sources, records) are the ids written in the YAML files.
--   * Every record keeps where it came from: `file` is the path as the build saw it (the input
--     path joined with the file's path inside an input folder) and `line` is 1-based.
--   * `*_entity` columns hold the entity id that a free-text name in the sources (a statement's
--     subject, a quote's speaker, a source's publisher) resolved to, or NULL when no name is
--     given (a build refuses a name that matches no entity, or more than one).
--   * Name matching is case-insensitive through `*_folded` columns: ASCII letters lower-cased,
--     runs of white space collapsed to one space, leading and trailing space removed.
--   * A build writes every table once. Afterwards only `corpus import-fx` changes the database: it
--     adds rows to fx_rates and files (credited to the source 'ecb-eurofxref', which it requires).
--
-- Changing this file in a way an older reader cannot read means raising user_version (and
-- kCorpusSchemaVersion in engine/include/factlint/corpus.h).

PRAGMA user_version = 2;

-- Every input file read into the database, in the order it was read.
CREATE TABLE files (
  id        INTEGER PRIMARY KEY,
  path      TEXT NOT NULL,
  kind      TEXT NOT NULL CHECK (kind IN ('entities', 'measures', 'lexicon', 'source', 'fx')),
  source_id TEXT               -- the source defined by ('source') or credited with ('fx') the file
);

-- Named things: countries, organisations, groups, people, companies, currencies.
CREATE TABLE entities (
  id   TEXT PRIMARY KEY,
  name TEXT NOT NULL,          -- the preferred name
  type TEXT NOT NULL
       CHECK (type IN ('country', 'organisation', 'group', 'person', 'company', 'currency')),
  url  TEXT,
  note TEXT,
  file TEXT NOT NULL,
  line INTEGER NOT NULL
);

-- Every name an entity goes by: its preferred name (is_name = 1) and its aliases. This is the
-- gazetteer that the extract stage looks entity mentions up in. An alias may belong to more than
-- one entity ("Korea"); a name appears once per entity.
CREATE TABLE aliases (
  alias        TEXT NOT NULL,  -- as written
  alias_folded TEXT NOT NULL,  -- case-folded, for lookups
  entity_id    TEXT NOT NULL REFERENCES entities (id),
  is_name      INTEGER NOT NULL DEFAULT 0,
  file         TEXT NOT NULL,
  line         INTEGER NOT NULL,
  UNIQUE (entity_id, alias_folded)
);
CREATE INDEX aliases_by_folded ON aliases (alias_folded, entity_id);

-- Dated events in an entity's life ("renamed Mandiant").
CREATE TABLE entity_history (
  entity_id TEXT NOT NULL REFERENCES entities (id),
  date      TEXT NOT NULL,
  note      TEXT NOT NULL,
  file      TEXT NOT NULL,
  line      INTEGER NOT NULL
);
CREATE INDEX entity_history_by_entity ON entity_history (entity_id, date);

-- "subject relation object" between two entities, e.g. (apt38, distinct-from, lazarus). Either
-- stated in the entities file (source_id optional) or claimed by a source document (source_id and
-- record_id set; text and locator are the source's wording and where it is).
CREATE TABLE relations (
  subject   TEXT NOT NULL REFERENCES entities (id),
  relation  TEXT NOT NULL,
  object    TEXT NOT NULL REFERENCES entities (id),
  source_id TEXT REFERENCES sources (id),
  record_id TEXT,
  text      TEXT,
  locator   TEXT,
  note      TEXT,
  file      TEXT NOT NULL,
  line      INTEGER NOT NULL
);
CREATE INDEX relations_by_subject ON relations (subject, relation, object);
CREATE INDEX relations_by_object ON relations (object, relation, subject);

-- "entity_id is (was) the `role` of of_entity" from valid_from to valid_to (inclusive; NULL = open).
CREATE TABLE roles (
  entity_id  TEXT NOT NULL REFERENCES entities (id),
  role       TEXT NOT NULL,
  of_entity  TEXT NOT NULL REFERENCES entities (id),
  valid_from TEXT,
  valid_to   TEXT,
  source_id  TEXT REFERENCES sources (id),
  note       TEXT,
  file       TEXT NOT NULL,
  line       INTEGER NOT NULL
);
CREATE INDEX roles_by_entity ON roles (entity_id, valid_from);
CREATE INDEX roles_by_of ON roles (of_entity, role, valid_from);

-- What a statement counts or sums up ("crypto-stolen"), and the words that signal it in prose.
CREATE TABLE measures (
  id          TEXT PRIMARY KEY,
  unit_kind   TEXT CHECK (unit_kind IN ('money', 'count')),  -- NULL: either
  description TEXT,
  file        TEXT NOT NULL,
  line        INTEGER NOT NULL
);
CREATE TABLE measure_cues (
  measure_id TEXT NOT NULL REFERENCES measures (id),
  cue        TEXT NOT NULL,    -- lower-cased
  PRIMARY KEY (measure_id, cue)
) WITHOUT ROWID;
CREATE INDEX measure_cues_by_cue ON measure_cues (cue, measure_id);

-- Source documents: reports, articles, statements, data sets.
CREATE TABLE sources (
  id               TEXT PRIMARY KEY,
  title            TEXT NOT NULL,
  publisher        TEXT NOT NULL,  -- as written: an entity name or alias
  publisher_entity TEXT REFERENCES entities (id),
  kind             TEXT NOT NULL CHECK (kind IN ('report', 'article', 'statement', 'dataset')),
  published        TEXT,
  url              TEXT,
  locator          TEXT,           -- where the source itself was read ("as quoted by Reuters")
  note             TEXT,
  file             TEXT,           -- NULL only in databases built before sources were required
  line             INTEGER
);
CREATE INDEX sources_by_publisher ON sources (publisher_entity, id);

-- Checkable facts a source states: the excerpt, and (when it is a figure) its normalized form.
-- value, unit, measure, qualifier and the period are NULL for a statement that only supports
-- text; qualifier is 'exact' when a value is given without one.
CREATE TABLE statements (
  source_id      TEXT NOT NULL REFERENCES sources (id),
  id             TEXT NOT NULL,
  text           TEXT NOT NULL,
  locator        TEXT,
  subject        TEXT,           -- as written
  subject_entity TEXT REFERENCES entities (id),
  measure        TEXT REFERENCES measures (id),
  value          REAL,
  unit           TEXT,           -- ISO 4217 code, or a count noun
  qualifier      TEXT CHECK (qualifier IN
                   ('exact', 'about', 'at-least', 'more-than', 'up-to', 'nearly', 'less-than')),
  period_from    TEXT,
  period_to      TEXT,
  note           TEXT,
  file           TEXT NOT NULL,
  line           INTEGER NOT NULL,
  UNIQUE (source_id, id)
);
CREATE INDEX statements_by_measure ON statements (measure, subject_entity, source_id, id);
CREATE INDEX statements_by_subject ON statements (subject_entity, source_id, id);

-- Quotations, in the source's exact wording, and who said them.
CREATE TABLE quotes (
  source_id      TEXT NOT NULL REFERENCES sources (id),
  id             TEXT NOT NULL,
  speaker        TEXT NOT NULL,  -- as written
  speaker_entity TEXT REFERENCES entities (id),
  text           TEXT NOT NULL,
  locator        TEXT,
  said           TEXT,
  note           TEXT,
  file           TEXT NOT NULL,
  line           INTEGER NOT NULL,
  UNIQUE (source_id, id)
);
CREATE INDEX quotes_by_speaker ON quotes (speaker_entity, source_id, id);

-- Full-text indexes over the wording of statements and quotes, for BM25-ranked retrieval. They
-- are external-content tables (the text lives once, in statements and quotes) rebuilt at the end
-- of a build; statements and quotes never change after it, so no triggers are needed.
CREATE VIRTUAL TABLE statements_fts USING fts5 (
  text, content = 'statements', content_rowid = 'rowid',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE quotes_fts USING fts5 (
  text, content = 'quotes', content_rowid = 'rowid',
  tokenize = 'porter unicode61 remove_diacritics 2'
);

-- The statistics BM25 needs, taken from the full-text indexes at the end of a build, so that a
-- reader scores a few records by itself instead of asking FTS5's bm25(), which counts the records
-- holding each word of the query anew for every query (milliseconds per word on a large corpus).
-- `fts` names the full-text table; `term` is a token as its tokenizer writes it (folded, stemmed)
-- and `docs` the number of rows whose text holds it. `rows` and `tokens` are the rows indexed and
-- the tokens in them all.
CREATE TABLE full_text_terms (
  fts  TEXT NOT NULL CHECK (fts IN ('statements_fts', 'quotes_fts')),
  term TEXT NOT NULL,
  docs INTEGER NOT NULL,
  PRIMARY KEY (fts, term)
) WITHOUT ROWID;
CREATE TABLE full_text_totals (
  fts    TEXT PRIMARY KEY CHECK (fts IN ('statements_fts', 'quotes_fts')),
  rows   INTEGER NOT NULL,
  tokens INTEGER NOT NULL
) WITHOUT ROWID;

-- Domain words for the spelling check: known terms ("altcoins"), and known misspellings with
-- their correction ("alcoints" -> "altcoins").
CREATE TABLE lexicon (
  term       TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('term', 'misspelling')),
  correction TEXT,               -- set exactly when kind = 'misspelling'
  file       TEXT NOT NULL,
  line       INTEGER NOT NULL,
  PRIMARY KEY (kind, term),
  CHECK ((kind = 'misspelling') = (correction IS NOT NULL))
);

-- Reference exchange rates, euro-based as the ECB publishes them: `per_euro` units of `currency`
-- buy one euro on `date`. Days without a rate (weekends, holidays, N/A) have no row. The credited
-- source is files.source_id of the row's file. Keyed by currency first: the hot query is "the
-- latest rate of USD on or before a date".
CREATE TABLE fx_rates (
  currency TEXT NOT NULL,        -- ISO 4217
  date     TEXT NOT NULL,
  per_euro REAL NOT NULL CHECK (per_euro > 0),
  file_id  INTEGER NOT NULL REFERENCES files (id),
  line     INTEGER NOT NULL,
  PRIMARY KEY (currency, date)
) WITHOUT ROWID;
