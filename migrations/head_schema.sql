-- revision 0015
PRAGMA application_id = 1146242644;
BEGIN TRANSACTION;
CREATE TABLE action_item (
	id INTEGER NOT NULL, 
	committee_id INTEGER NOT NULL, 
	meeting_id INTEGER, 
	position INTEGER NOT NULL, 
	hvad TEXT NOT NULL, 
	hvorfor TEXT NOT NULL, 
	hvordan TEXT NOT NULL, 
	hvornaar TEXT NOT NULL, 
	hvornaar_dato DATE, 
	hvem TEXT NOT NULL, 
	opfoelgning TEXT NOT NULL, 
	opfoelgning_dato DATE, 
	status VARCHAR(20) NOT NULL, 
	priority INTEGER, 
	result TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, version INTEGER DEFAULT '1' NOT NULL, alvor VARCHAR(20), omfang VARCHAR(20), vurdering TEXT DEFAULT '' NOT NULL, aarsag TEXT DEFAULT '' NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(committee_id) REFERENCES committee (id) ON DELETE CASCADE, 
	FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
);
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0015');
CREATE TABLE answer (
	id INTEGER NOT NULL, 
	meeting_id INTEGER NOT NULL, 
	participant_id INTEGER, 
	step VARCHAR(60) NOT NULL, 
	box VARCHAR(60) NOT NULL, 
	text TEXT NOT NULL, 
	source VARCHAR(20) NOT NULL, 
	updated_at DATETIME NOT NULL, version INTEGER DEFAULT '1' NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE CASCADE, 
	FOREIGN KEY(participant_id) REFERENCES participant (id) ON DELETE CASCADE
);
CREATE TABLE committee (
	id INTEGER NOT NULL, 
	name TEXT NOT NULL, 
	created_at DATETIME NOT NULL, apv_date DATE, employees INTEGER, 
	PRIMARY KEY (id)
);
CREATE TABLE goal (
	id INTEGER NOT NULL, 
	committee_id INTEGER NOT NULL, 
	meeting_id INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	position INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	created_at DATETIME NOT NULL, version INTEGER DEFAULT '1' NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(committee_id) REFERENCES committee (id) ON DELETE CASCADE, 
	FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
);
CREATE TABLE hearing_answer (
	id INTEGER NOT NULL, 
	response_id INTEGER NOT NULL, 
	question_id INTEGER, 
	step VARCHAR(60) NOT NULL, 
	question TEXT NOT NULL, 
	text TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(response_id) REFERENCES hearing_response (id) ON DELETE CASCADE, 
	FOREIGN KEY(question_id) REFERENCES hearing_question (id) ON DELETE SET NULL
);
CREATE TABLE hearing_question (
	id INTEGER NOT NULL, 
	meeting_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	step VARCHAR(60) NOT NULL, 
	text TEXT NOT NULL, version INTEGER DEFAULT '1' NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
);
CREATE TABLE "hearing_response" (
	id INTEGER NOT NULL, 
	meeting_id INTEGER NOT NULL, 
	group_name TEXT NOT NULL, 
	digest VARCHAR(64) NOT NULL, 
	created_at DATETIME NOT NULL, 
	code VARCHAR(32), 
	PRIMARY KEY (id), 
	FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
);
CREATE TABLE meeting (
	id INTEGER NOT NULL, 
	committee_id INTEGER NOT NULL, 
	kind VARCHAR(60) NOT NULL, 
	template_version INTEGER NOT NULL, 
	title TEXT NOT NULL, 
	date DATE NOT NULL, 
	place TEXT NOT NULL, 
	forum TEXT NOT NULL, 
	current_step VARCHAR(60) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	closed_at DATETIME, settings TEXT DEFAULT '{}' NOT NULL, form TEXT DEFAULT '' NOT NULL, version INTEGER DEFAULT '1' NOT NULL, first_closed_at DATETIME, closed_count INTEGER DEFAULT '0' NOT NULL, reopen_reason TEXT DEFAULT '' NOT NULL, reopened_by TEXT DEFAULT '' NOT NULL, example BOOLEAN DEFAULT 0 NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(committee_id) REFERENCES committee (id) ON DELETE CASCADE
);
CREATE TABLE meeting_change (
	id INTEGER NOT NULL, 
	meeting_id INTEGER NOT NULL, 
	changed_at DATETIME NOT NULL, 
	what TEXT NOT NULL, 
	old_value TEXT, 
	new_value TEXT, 
	reason TEXT DEFAULT '' NOT NULL, 
	user_name TEXT DEFAULT '' NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
);
CREATE TABLE member (
	id INTEGER NOT NULL, 
	committee_id INTEGER NOT NULL, 
	name TEXT NOT NULL, 
	role TEXT NOT NULL, 
	elected_on DATE, 
	left_on DATE, 
	formandskab BOOLEAN NOT NULL, 
	active BOOLEAN NOT NULL, example BOOLEAN DEFAULT 0 NOT NULL, group_name TEXT DEFAULT '' NOT NULL, contact TEXT DEFAULT '' NOT NULL, version INTEGER DEFAULT '1' NOT NULL, took_office_on DATE, took_office_assumed BOOLEAN DEFAULT 0 NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(committee_id) REFERENCES committee (id) ON DELETE CASCADE
);
CREATE TABLE participant (
	id INTEGER NOT NULL, 
	meeting_id INTEGER NOT NULL, 
	member_id INTEGER, 
	name TEXT NOT NULL, 
	role TEXT NOT NULL, 
	formandskab BOOLEAN NOT NULL, 
	note_taker BOOLEAN NOT NULL, 
	present BOOLEAN NOT NULL, 
	position INTEGER NOT NULL, 
	spoken_seconds INTEGER, version INTEGER DEFAULT '1' NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE CASCADE, 
	FOREIGN KEY(member_id) REFERENCES member (id) ON DELETE SET NULL
);
CREATE TABLE phone_link (
	id INTEGER NOT NULL, 
	meeting_id INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	participant_id INTEGER, 
	number INTEGER, 
	code VARCHAR(64) NOT NULL, 
	revoked BOOLEAN DEFAULT 0 NOT NULL, 
	created_on DATE NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE CASCADE, 
	FOREIGN KEY(participant_id) REFERENCES participant (id) ON DELETE CASCADE
);
CREATE TABLE plan_item (
	id INTEGER NOT NULL, 
	meeting_id INTEGER NOT NULL, 
	member_id INTEGER, 
	position INTEGER NOT NULL, 
	who TEXT NOT NULL, 
	what TEXT NOT NULL, 
	hvornaar TEXT NOT NULL, 
	days FLOAT, version INTEGER DEFAULT '1' NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE CASCADE, 
	FOREIGN KEY(member_id) REFERENCES member (id) ON DELETE SET NULL
);
CREATE TABLE room_idea (
	id INTEGER NOT NULL, 
	meeting_id INTEGER NOT NULL, 
	step VARCHAR(60) NOT NULL, 
	text TEXT NOT NULL, 
	state VARCHAR(20) DEFAULT 'ny' NOT NULL, 
	created_on DATE NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
);
CREATE TABLE room_vote (
	id INTEGER NOT NULL, 
	meeting_id INTEGER NOT NULL, 
	action_item_id INTEGER NOT NULL, 
	round INTEGER NOT NULL, 
	dots INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE CASCADE, 
	FOREIGN KEY(action_item_id) REFERENCES action_item (id) ON DELETE CASCADE
);
CREATE TABLE secret (
	name VARCHAR(40) NOT NULL, 
	value BLOB NOT NULL, 
	PRIMARY KEY (name)
);
INSERT INTO "secret" VALUES('sheet_identity',randomblob(32));
CREATE TABLE training (
	id INTEGER NOT NULL, 
	member_id INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	title TEXT NOT NULL, 
	taken_on DATE, 
	days FLOAT NOT NULL, 
	planned BOOLEAN NOT NULL, version INTEGER DEFAULT '1' NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(member_id) REFERENCES member (id) ON DELETE CASCADE
);
CREATE TABLE training_offer (
	id INTEGER NOT NULL, 
	member_id INTEGER NOT NULL, 
	offered_on DATE NOT NULL, 
	days FLOAT NOT NULL, 
	title TEXT NOT NULL, 
	answer VARCHAR(20) NOT NULL, 
	version INTEGER DEFAULT '1' NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(member_id) REFERENCES member (id) ON DELETE CASCADE
);
CREATE TABLE training_pooling (
	id INTEGER NOT NULL, 
	member_id INTEGER NOT NULL, 
	first_year INTEGER NOT NULL, 
	agreed_on DATE NOT NULL, 
	note TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(member_id) REFERENCES member (id) ON DELETE CASCADE
);
CREATE TABLE verdict (
	id INTEGER NOT NULL, 
	meeting_id INTEGER NOT NULL, 
	goal_id INTEGER, 
	action_item_id INTEGER, 
	verdict VARCHAR(20) NOT NULL, 
	comment TEXT NOT NULL, 
	previous_status VARCHAR(20), 
	updated_at DATETIME NOT NULL, version INTEGER DEFAULT '1' NOT NULL, effect VARCHAR(20), effect_note TEXT DEFAULT '' NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(action_item_id) REFERENCES action_item (id) ON DELETE CASCADE, 
	FOREIGN KEY(goal_id) REFERENCES goal (id) ON DELETE CASCADE, 
	FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
);
CREATE INDEX ix_meeting_committee_id ON meeting (committee_id);
CREATE INDEX ix_member_committee_id ON member (committee_id);
CREATE INDEX ix_action_item_committee_id ON action_item (committee_id);
CREATE INDEX ix_action_item_meeting_id ON action_item (meeting_id);
CREATE INDEX ix_participant_meeting_id ON participant (meeting_id);
CREATE INDEX ix_training_member_id ON training (member_id);
CREATE UNIQUE INDEX uq_answer_group ON answer (meeting_id, step, box) WHERE participant_id IS NULL;
CREATE UNIQUE INDEX uq_answer_participant ON answer (meeting_id, participant_id, step, box) WHERE participant_id IS NOT NULL;
CREATE INDEX ix_goal_committee_id ON goal (committee_id);
CREATE INDEX ix_goal_meeting_id ON goal (meeting_id);
CREATE INDEX ix_verdict_meeting_id ON verdict (meeting_id);
CREATE UNIQUE INDEX uq_verdict_goal ON verdict (meeting_id, goal_id) WHERE goal_id IS NOT NULL;
CREATE UNIQUE INDEX uq_verdict_action ON verdict (meeting_id, action_item_id) WHERE action_item_id IS NOT NULL;
CREATE INDEX ix_plan_item_meeting_id ON plan_item (meeting_id);
CREATE INDEX ix_hearing_question_meeting_id ON hearing_question (meeting_id);
CREATE INDEX ix_hearing_answer_response_id ON hearing_answer (response_id);
CREATE INDEX ix_meeting_change_meeting_id ON meeting_change (meeting_id);
CREATE TRIGGER droeftelse_participant_closed_ins BEFORE INSERT ON participant FOR EACH ROW WHEN (SELECT mc.closed_at FROM meeting mc WHERE mc.id = NEW.meeting_id) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'droeftelse:meeting-closed'); END;
CREATE TRIGGER droeftelse_participant_closed_upd BEFORE UPDATE ON participant FOR EACH ROW WHEN ((SELECT mc.closed_at FROM meeting mc WHERE mc.id = OLD.meeting_id) IS NOT NULL OR (SELECT mc.closed_at FROM meeting mc WHERE mc.id = NEW.meeting_id) IS NOT NULL) AND (OLD.meeting_id IS NOT NEW.meeting_id OR OLD.name IS NOT NEW.name OR OLD.role IS NOT NEW.role OR OLD.formandskab IS NOT NEW.formandskab OR OLD.note_taker IS NOT NEW.note_taker OR OLD.present IS NOT NEW.present OR OLD.position IS NOT NEW.position OR OLD.spoken_seconds IS NOT NEW.spoken_seconds) BEGIN SELECT RAISE(ABORT, 'droeftelse:meeting-closed'); END;
CREATE TRIGGER droeftelse_participant_closed_del BEFORE DELETE ON participant FOR EACH ROW WHEN (SELECT mc.closed_at FROM meeting mc WHERE mc.id = OLD.meeting_id) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'droeftelse:meeting-closed'); END;
CREATE TRIGGER droeftelse_participant_log_ins AFTER INSERT ON participant FOR EACH ROW BEGIN INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Deltager ' || NEW.name || ': tilføjet', NULL, CAST(NEW.name AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL; END;
CREATE TRIGGER droeftelse_participant_log_upd AFTER UPDATE ON participant FOR EACH ROW BEGIN INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Deltager ' || NEW.name || ': Navn', CAST(OLD.name AS TEXT), CAST(NEW.name AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.name IS NOT NEW.name; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Deltager ' || NEW.name || ': Rolle', CAST(OLD.role AS TEXT), CAST(NEW.role AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.role IS NOT NEW.role; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Deltager ' || NEW.name || ': Formandskab', CAST(OLD.formandskab AS TEXT), CAST(NEW.formandskab AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.formandskab IS NOT NEW.formandskab; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Deltager ' || NEW.name || ': Referent', CAST(OLD.note_taker AS TEXT), CAST(NEW.note_taker AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.note_taker IS NOT NEW.note_taker; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Deltager ' || NEW.name || ': Til stede', CAST(OLD.present AS TEXT), CAST(NEW.present AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.present IS NOT NEW.present; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Deltager ' || NEW.name || ': Plads i runden', CAST(OLD.position + 1 AS TEXT), CAST(NEW.position + 1 AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.position IS NOT NEW.position; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Deltager ' || NEW.name || ': Taletid (sekunder)', CAST(OLD.spoken_seconds AS TEXT), CAST(NEW.spoken_seconds AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.spoken_seconds IS NOT NEW.spoken_seconds; END;
CREATE TRIGGER droeftelse_participant_log_del AFTER DELETE ON participant FOR EACH ROW BEGIN INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Deltager ' || OLD.name || ': fjernet', CAST(OLD.name AS TEXT), NULL, m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = OLD.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL; END;
CREATE TRIGGER droeftelse_answer_closed_ins BEFORE INSERT ON answer FOR EACH ROW WHEN (SELECT mc.closed_at FROM meeting mc WHERE mc.id = NEW.meeting_id) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'droeftelse:meeting-closed'); END;
CREATE TRIGGER droeftelse_answer_closed_upd BEFORE UPDATE ON answer FOR EACH ROW WHEN ((SELECT mc.closed_at FROM meeting mc WHERE mc.id = OLD.meeting_id) IS NOT NULL OR (SELECT mc.closed_at FROM meeting mc WHERE mc.id = NEW.meeting_id) IS NOT NULL) AND (OLD.meeting_id IS NOT NEW.meeting_id OR OLD.participant_id IS NOT NEW.participant_id OR OLD.step IS NOT NEW.step OR OLD.box IS NOT NEW.box OR OLD.text IS NOT NEW.text OR OLD.source IS NOT NEW.source) BEGIN SELECT RAISE(ABORT, 'droeftelse:meeting-closed'); END;
CREATE TRIGGER droeftelse_answer_closed_del BEFORE DELETE ON answer FOR EACH ROW WHEN (SELECT mc.closed_at FROM meeting mc WHERE mc.id = OLD.meeting_id) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'droeftelse:meeting-closed'); END;
CREATE TRIGGER droeftelse_answer_log_ins AFTER INSERT ON answer FOR EACH ROW BEGIN INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Tekst, ' || NEW.step || ' / ' || NEW.box || COALESCE(' (' || (SELECT p.name FROM participant p WHERE p.id = NEW.participant_id) || ')', '') || ': tilføjet', NULL, CAST(NEW.text AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL; END;
CREATE TRIGGER droeftelse_answer_log_upd AFTER UPDATE ON answer FOR EACH ROW BEGIN INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Tekst, ' || NEW.step || ' / ' || NEW.box || COALESCE(' (' || (SELECT p.name FROM participant p WHERE p.id = NEW.participant_id) || ')', '') || ': Teksten', CAST(OLD.text AS TEXT), CAST(NEW.text AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.text IS NOT NEW.text; END;
CREATE TRIGGER droeftelse_answer_log_del AFTER DELETE ON answer FOR EACH ROW BEGIN INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Tekst, ' || OLD.step || ' / ' || OLD.box || COALESCE(' (' || (SELECT p.name FROM participant p WHERE p.id = OLD.participant_id) || ')', '') || ': fjernet', CAST(OLD.text AS TEXT), NULL, m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = OLD.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL; END;
CREATE TRIGGER droeftelse_goal_closed_ins BEFORE INSERT ON goal FOR EACH ROW WHEN (SELECT mc.closed_at FROM meeting mc WHERE mc.id = NEW.meeting_id) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'droeftelse:meeting-closed'); END;
CREATE TRIGGER droeftelse_goal_closed_upd BEFORE UPDATE ON goal FOR EACH ROW WHEN ((SELECT mc.closed_at FROM meeting mc WHERE mc.id = OLD.meeting_id) IS NOT NULL OR (SELECT mc.closed_at FROM meeting mc WHERE mc.id = NEW.meeting_id) IS NOT NULL) AND (OLD.meeting_id IS NOT NEW.meeting_id OR OLD.committee_id IS NOT NEW.committee_id OR OLD.kind IS NOT NEW.kind OR OLD.position IS NOT NEW.position OR OLD.text IS NOT NEW.text) BEGIN SELECT RAISE(ABORT, 'droeftelse:meeting-closed'); END;
CREATE TRIGGER droeftelse_goal_closed_del BEFORE DELETE ON goal FOR EACH ROW WHEN (SELECT mc.closed_at FROM meeting mc WHERE mc.id = OLD.meeting_id) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'droeftelse:meeting-closed'); END;
CREATE TRIGGER droeftelse_goal_log_ins AFTER INSERT ON goal FOR EACH ROW BEGIN INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), CASE NEW.kind WHEN 'ny' THEN 'Mål ' ELSE 'Sidste års mål ' END || (NEW.position + 1) || ': tilføjet', NULL, CAST(NEW.text AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL; END;
CREATE TRIGGER droeftelse_goal_log_upd AFTER UPDATE ON goal FOR EACH ROW BEGIN INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), CASE NEW.kind WHEN 'ny' THEN 'Mål ' ELSE 'Sidste års mål ' END || (NEW.position + 1) || ': Teksten', CAST(OLD.text AS TEXT), CAST(NEW.text AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.text IS NOT NEW.text; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), CASE NEW.kind WHEN 'ny' THEN 'Mål ' ELSE 'Sidste års mål ' END || (NEW.position + 1) || ': Nummer', CAST(OLD.position + 1 AS TEXT), CAST(NEW.position + 1 AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.position IS NOT NEW.position; END;
CREATE TRIGGER droeftelse_goal_log_del AFTER DELETE ON goal FOR EACH ROW BEGIN INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), CASE OLD.kind WHEN 'ny' THEN 'Mål ' ELSE 'Sidste års mål ' END || (OLD.position + 1) || ': fjernet', CAST(OLD.text AS TEXT), NULL, m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = OLD.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL; END;
CREATE TRIGGER droeftelse_plan_item_closed_ins BEFORE INSERT ON plan_item FOR EACH ROW WHEN (SELECT mc.closed_at FROM meeting mc WHERE mc.id = NEW.meeting_id) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'droeftelse:meeting-closed'); END;
CREATE TRIGGER droeftelse_plan_item_closed_upd BEFORE UPDATE ON plan_item FOR EACH ROW WHEN ((SELECT mc.closed_at FROM meeting mc WHERE mc.id = OLD.meeting_id) IS NOT NULL OR (SELECT mc.closed_at FROM meeting mc WHERE mc.id = NEW.meeting_id) IS NOT NULL) AND (OLD.meeting_id IS NOT NEW.meeting_id OR OLD.position IS NOT NEW.position OR OLD.who IS NOT NEW.who OR OLD.what IS NOT NEW.what OR OLD.hvornaar IS NOT NEW.hvornaar OR OLD.days IS NOT NEW.days) BEGIN SELECT RAISE(ABORT, 'droeftelse:meeting-closed'); END;
CREATE TRIGGER droeftelse_plan_item_closed_del BEFORE DELETE ON plan_item FOR EACH ROW WHEN (SELECT mc.closed_at FROM meeting mc WHERE mc.id = OLD.meeting_id) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'droeftelse:meeting-closed'); END;
CREATE TRIGGER droeftelse_plan_item_log_ins AFTER INSERT ON plan_item FOR EACH ROW BEGIN INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Kompetenceplan linje ' || (NEW.position + 1) || ': tilføjet', NULL, CAST(NEW.who || ' – ' || NEW.what AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL; END;
CREATE TRIGGER droeftelse_plan_item_log_upd AFTER UPDATE ON plan_item FOR EACH ROW BEGIN INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Kompetenceplan linje ' || (NEW.position + 1) || ': Hvem', CAST(OLD.who AS TEXT), CAST(NEW.who AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.who IS NOT NEW.who; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Kompetenceplan linje ' || (NEW.position + 1) || ': Hvad', CAST(OLD.what AS TEXT), CAST(NEW.what AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.what IS NOT NEW.what; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Kompetenceplan linje ' || (NEW.position + 1) || ': Hvornår', CAST(OLD.hvornaar AS TEXT), CAST(NEW.hvornaar AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.hvornaar IS NOT NEW.hvornaar; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Kompetenceplan linje ' || (NEW.position + 1) || ': Dage', CAST(OLD.days AS TEXT), CAST(NEW.days AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.days IS NOT NEW.days; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Kompetenceplan linje ' || (NEW.position + 1) || ': Nummer', CAST(OLD.position + 1 AS TEXT), CAST(NEW.position + 1 AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.position IS NOT NEW.position; END;
CREATE TRIGGER droeftelse_plan_item_log_del AFTER DELETE ON plan_item FOR EACH ROW BEGIN INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Kompetenceplan linje ' || (OLD.position + 1) || ': fjernet', CAST(OLD.who || ' – ' || OLD.what AS TEXT), NULL, m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = OLD.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL; END;
CREATE TRIGGER droeftelse_hearing_question_closed_ins BEFORE INSERT ON hearing_question FOR EACH ROW WHEN (SELECT mc.closed_at FROM meeting mc WHERE mc.id = NEW.meeting_id) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'droeftelse:meeting-closed'); END;
CREATE TRIGGER droeftelse_hearing_question_closed_upd BEFORE UPDATE ON hearing_question FOR EACH ROW WHEN ((SELECT mc.closed_at FROM meeting mc WHERE mc.id = OLD.meeting_id) IS NOT NULL OR (SELECT mc.closed_at FROM meeting mc WHERE mc.id = NEW.meeting_id) IS NOT NULL) AND (OLD.meeting_id IS NOT NEW.meeting_id OR OLD.position IS NOT NEW.position OR OLD.step IS NOT NEW.step OR OLD.text IS NOT NEW.text) BEGIN SELECT RAISE(ABORT, 'droeftelse:meeting-closed'); END;
CREATE TRIGGER droeftelse_hearing_question_closed_del BEFORE DELETE ON hearing_question FOR EACH ROW WHEN (SELECT mc.closed_at FROM meeting mc WHERE mc.id = OLD.meeting_id) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'droeftelse:meeting-closed'); END;
CREATE TRIGGER droeftelse_hearing_question_log_ins AFTER INSERT ON hearing_question FOR EACH ROW BEGIN INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Høringsspørgsmål ' || (NEW.position + 1) || ': tilføjet', NULL, CAST(NEW.text AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL; END;
CREATE TRIGGER droeftelse_hearing_question_log_upd AFTER UPDATE ON hearing_question FOR EACH ROW BEGIN INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Høringsspørgsmål ' || (NEW.position + 1) || ': Spørgsmålet', CAST(OLD.text AS TEXT), CAST(NEW.text AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.text IS NOT NEW.text; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Høringsspørgsmål ' || (NEW.position + 1) || ': Punktet', CAST(OLD.step AS TEXT), CAST(NEW.step AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.step IS NOT NEW.step; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Høringsspørgsmål ' || (NEW.position + 1) || ': Nummer', CAST(OLD.position + 1 AS TEXT), CAST(NEW.position + 1 AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.position IS NOT NEW.position; END;
CREATE TRIGGER droeftelse_hearing_question_log_del AFTER DELETE ON hearing_question FOR EACH ROW BEGIN INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Høringsspørgsmål ' || (OLD.position + 1) || ': fjernet', CAST(OLD.text AS TEXT), NULL, m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = OLD.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL; END;
CREATE TRIGGER droeftelse_meeting_closed_upd BEFORE UPDATE ON meeting FOR EACH ROW WHEN OLD.closed_at IS NOT NULL AND NEW.closed_at IS NOT NULL AND (OLD.committee_id IS NOT NEW.committee_id OR OLD.kind IS NOT NEW.kind OR OLD.template_version IS NOT NEW.template_version OR OLD.title IS NOT NEW.title OR OLD.date IS NOT NEW.date OR OLD.place IS NOT NEW.place OR OLD.forum IS NOT NEW.forum OR OLD.form IS NOT NEW.form OR OLD.settings IS NOT NEW.settings) BEGIN SELECT RAISE(ABORT, 'droeftelse:meeting-closed'); END;
CREATE TRIGGER droeftelse_meeting_log_upd AFTER UPDATE ON meeting FOR EACH ROW BEGIN INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Mødet: Titel', CAST(OLD.title AS TEXT), CAST(NEW.title AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.title IS NOT NEW.title; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Mødet: Dato', CAST(OLD.date AS TEXT), CAST(NEW.date AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.date IS NOT NEW.date; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Mødet: Sted', CAST(OLD.place AS TEXT), CAST(NEW.place AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.place IS NOT NEW.place; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Mødet: Forum', CAST(OLD.forum AS TEXT), CAST(NEW.forum AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.forum IS NOT NEW.forum; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Mødet: Form', CAST(OLD.form AS TEXT), CAST(NEW.form AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.form IS NOT NEW.form; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Mødet: Dagsorden og indstillinger', CAST(OLD.settings AS TEXT), CAST(NEW.settings AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.settings IS NOT NEW.settings; END;
CREATE TRIGGER droeftelse_meeting_change_del BEFORE DELETE ON meeting_change FOR EACH ROW WHEN NOT (NOT EXISTS (SELECT 1 FROM meeting m WHERE m.id = OLD.meeting_id)) BEGIN SELECT RAISE(ABORT, 'droeftelse:change-log'); END;
CREATE TRIGGER droeftelse_meeting_closing AFTER UPDATE OF closed_at ON meeting FOR EACH ROW WHEN OLD.closed_at IS NULL AND NEW.closed_at IS NOT NULL BEGIN UPDATE meeting SET first_closed_at = COALESCE(first_closed_at, NEW.closed_at), closed_count = closed_count + 1 WHERE id = NEW.id; END;
CREATE UNIQUE INDEX uq_hearing_response_digest ON hearing_response (meeting_id, digest);
CREATE UNIQUE INDEX uq_hearing_response_code ON hearing_response (meeting_id, code);
CREATE TRIGGER droeftelse_hearing_response_closed_ins BEFORE INSERT ON hearing_response FOR EACH ROW WHEN (SELECT mc.closed_at FROM meeting mc WHERE mc.id = NEW.meeting_id) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'droeftelse:meeting-closed'); END;
CREATE TRIGGER droeftelse_hearing_response_closed_upd BEFORE UPDATE ON hearing_response FOR EACH ROW WHEN ((SELECT mc.closed_at FROM meeting mc WHERE mc.id = OLD.meeting_id) IS NOT NULL OR (SELECT mc.closed_at FROM meeting mc WHERE mc.id = NEW.meeting_id) IS NOT NULL) AND (OLD.meeting_id IS NOT NEW.meeting_id OR OLD.group_name IS NOT NEW.group_name OR OLD.code IS NOT NEW.code OR OLD.digest IS NOT NEW.digest) BEGIN SELECT RAISE(ABORT, 'droeftelse:meeting-closed'); END;
CREATE TRIGGER droeftelse_hearing_response_closed_del BEFORE DELETE ON hearing_response FOR EACH ROW WHEN (SELECT mc.closed_at FROM meeting mc WHERE mc.id = OLD.meeting_id) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'droeftelse:meeting-closed'); END;
CREATE TRIGGER droeftelse_hearing_response_log_ins AFTER INSERT ON hearing_response FOR EACH ROW BEGIN INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime', 'start of day'), 'Høringsark' || ': tilføjet', NULL, CAST(NEW.group_name AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL; END;
CREATE TRIGGER droeftelse_hearing_response_log_upd AFTER UPDATE ON hearing_response FOR EACH ROW BEGIN INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime', 'start of day'), 'Høringsark' || ': Gruppen', CAST(OLD.group_name AS TEXT), CAST(NEW.group_name AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.group_name IS NOT NEW.group_name; END;
CREATE TRIGGER droeftelse_hearing_response_log_del AFTER DELETE ON hearing_response FOR EACH ROW BEGIN INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime', 'start of day'), 'Høringsark' || ': fjernet', CAST(OLD.group_name AS TEXT), NULL, m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = OLD.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL; END;
CREATE TRIGGER droeftelse_hearing_answer_closed_ins BEFORE INSERT ON hearing_answer FOR EACH ROW WHEN (SELECT mc.closed_at FROM meeting mc WHERE mc.id = (SELECT h.meeting_id FROM hearing_response h WHERE h.id = NEW.response_id)) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'droeftelse:meeting-closed'); END;
CREATE TRIGGER droeftelse_hearing_answer_closed_upd BEFORE UPDATE ON hearing_answer FOR EACH ROW WHEN ((SELECT mc.closed_at FROM meeting mc WHERE mc.id = (SELECT h.meeting_id FROM hearing_response h WHERE h.id = OLD.response_id)) IS NOT NULL OR (SELECT mc.closed_at FROM meeting mc WHERE mc.id = (SELECT h.meeting_id FROM hearing_response h WHERE h.id = NEW.response_id)) IS NOT NULL) AND (OLD.response_id IS NOT NEW.response_id OR OLD.step IS NOT NEW.step OR OLD.question IS NOT NEW.question OR OLD.text IS NOT NEW.text) BEGIN SELECT RAISE(ABORT, 'droeftelse:meeting-closed'); END;
CREATE TRIGGER droeftelse_hearing_answer_closed_del BEFORE DELETE ON hearing_answer FOR EACH ROW WHEN (SELECT mc.closed_at FROM meeting mc WHERE mc.id = (SELECT h.meeting_id FROM hearing_response h WHERE h.id = OLD.response_id)) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'droeftelse:meeting-closed'); END;
CREATE TRIGGER droeftelse_meeting_change_upd BEFORE UPDATE ON meeting_change FOR EACH ROW WHEN 1 BEGIN SELECT RAISE(ABORT, 'droeftelse:change-log'); END;
CREATE INDEX ix_training_offer_member_id ON training_offer (member_id);
CREATE INDEX ix_training_pooling_member_id ON training_pooling (member_id);
CREATE TRIGGER droeftelse_action_item_closed_ins BEFORE INSERT ON action_item FOR EACH ROW WHEN (SELECT mc.closed_at FROM meeting mc WHERE mc.id = NEW.meeting_id) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'droeftelse:meeting-closed'); END;
CREATE TRIGGER droeftelse_action_item_closed_upd BEFORE UPDATE ON action_item FOR EACH ROW WHEN ((SELECT mc.closed_at FROM meeting mc WHERE mc.id = OLD.meeting_id) IS NOT NULL OR (SELECT mc.closed_at FROM meeting mc WHERE mc.id = NEW.meeting_id) IS NOT NULL) AND (OLD.meeting_id IS NOT NEW.meeting_id OR OLD.committee_id IS NOT NEW.committee_id OR OLD.position IS NOT NEW.position OR OLD.hvad IS NOT NEW.hvad OR OLD.hvorfor IS NOT NEW.hvorfor OR OLD.hvordan IS NOT NEW.hvordan OR OLD.hvornaar IS NOT NEW.hvornaar OR OLD.hvornaar_dato IS NOT NEW.hvornaar_dato OR OLD.hvem IS NOT NEW.hvem OR OLD.opfoelgning IS NOT NEW.opfoelgning OR OLD.opfoelgning_dato IS NOT NEW.opfoelgning_dato OR OLD.priority IS NOT NEW.priority OR OLD.alvor IS NOT NEW.alvor OR OLD.omfang IS NOT NEW.omfang OR OLD.vurdering IS NOT NEW.vurdering OR OLD.aarsag IS NOT NEW.aarsag) BEGIN SELECT RAISE(ABORT, 'droeftelse:meeting-closed'); END;
CREATE TRIGGER droeftelse_action_item_closed_del BEFORE DELETE ON action_item FOR EACH ROW WHEN (SELECT mc.closed_at FROM meeting mc WHERE mc.id = OLD.meeting_id) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'droeftelse:meeting-closed'); END;
CREATE TRIGGER droeftelse_action_item_log_ins AFTER INSERT ON action_item FOR EACH ROW BEGIN INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Handleplan række ' || (NEW.position + 1) || ': tilføjet', NULL, CAST(NEW.hvad AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL; END;
CREATE TRIGGER droeftelse_action_item_log_upd AFTER UPDATE ON action_item FOR EACH ROW BEGIN INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Handleplan række ' || (NEW.position + 1) || ': Hvad', CAST(OLD.hvad AS TEXT), CAST(NEW.hvad AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.hvad IS NOT NEW.hvad; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Handleplan række ' || (NEW.position + 1) || ': Hvorfor', CAST(OLD.hvorfor AS TEXT), CAST(NEW.hvorfor AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.hvorfor IS NOT NEW.hvorfor; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Handleplan række ' || (NEW.position + 1) || ': Hvordan', CAST(OLD.hvordan AS TEXT), CAST(NEW.hvordan AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.hvordan IS NOT NEW.hvordan; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Handleplan række ' || (NEW.position + 1) || ': Hvornår', CAST(OLD.hvornaar AS TEXT), CAST(NEW.hvornaar AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.hvornaar IS NOT NEW.hvornaar; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Handleplan række ' || (NEW.position + 1) || ': Hvem', CAST(OLD.hvem AS TEXT), CAST(NEW.hvem AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.hvem IS NOT NEW.hvem; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Handleplan række ' || (NEW.position + 1) || ': Opfølgning', CAST(OLD.opfoelgning AS TEXT), CAST(NEW.opfoelgning AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.opfoelgning IS NOT NEW.opfoelgning; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Handleplan række ' || (NEW.position + 1) || ': Status', CAST(OLD.status AS TEXT), CAST(NEW.status AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.status IS NOT NEW.status; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Handleplan række ' || (NEW.position + 1) || ': Prioritet', CAST(OLD.priority AS TEXT), CAST(NEW.priority AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.priority IS NOT NEW.priority; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Handleplan række ' || (NEW.position + 1) || ': Resultat', CAST(OLD.result AS TEXT), CAST(NEW.result AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.result IS NOT NEW.result; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Handleplan række ' || (NEW.position + 1) || ': Nummer', CAST(OLD.position + 1 AS TEXT), CAST(NEW.position + 1 AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.position IS NOT NEW.position; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Handleplan række ' || (NEW.position + 1) || ': Alvor', CAST(OLD.alvor AS TEXT), CAST(NEW.alvor AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.alvor IS NOT NEW.alvor; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Handleplan række ' || (NEW.position + 1) || ': Omfang', CAST(OLD.omfang AS TEXT), CAST(NEW.omfang AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.omfang IS NOT NEW.omfang; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Handleplan række ' || (NEW.position + 1) || ': Vurdering', CAST(OLD.vurdering AS TEXT), CAST(NEW.vurdering AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.vurdering IS NOT NEW.vurdering; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Handleplan række ' || (NEW.position + 1) || ': Årsag', CAST(OLD.aarsag AS TEXT), CAST(NEW.aarsag AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.aarsag IS NOT NEW.aarsag; END;
CREATE TRIGGER droeftelse_action_item_log_del AFTER DELETE ON action_item FOR EACH ROW BEGIN INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Handleplan række ' || (OLD.position + 1) || ': fjernet', CAST(OLD.hvad AS TEXT), NULL, m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = OLD.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL; END;
CREATE TRIGGER droeftelse_verdict_closed_ins BEFORE INSERT ON verdict FOR EACH ROW WHEN (SELECT mc.closed_at FROM meeting mc WHERE mc.id = NEW.meeting_id) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'droeftelse:meeting-closed'); END;
CREATE TRIGGER droeftelse_verdict_closed_upd BEFORE UPDATE ON verdict FOR EACH ROW WHEN ((SELECT mc.closed_at FROM meeting mc WHERE mc.id = OLD.meeting_id) IS NOT NULL OR (SELECT mc.closed_at FROM meeting mc WHERE mc.id = NEW.meeting_id) IS NOT NULL) AND (OLD.meeting_id IS NOT NEW.meeting_id OR OLD.goal_id IS NOT NEW.goal_id OR OLD.action_item_id IS NOT NEW.action_item_id OR OLD.verdict IS NOT NEW.verdict OR OLD.comment IS NOT NEW.comment OR OLD.previous_status IS NOT NEW.previous_status OR OLD.effect IS NOT NEW.effect OR OLD.effect_note IS NOT NEW.effect_note) BEGIN SELECT RAISE(ABORT, 'droeftelse:meeting-closed'); END;
CREATE TRIGGER droeftelse_verdict_closed_del BEFORE DELETE ON verdict FOR EACH ROW WHEN (SELECT mc.closed_at FROM meeting mc WHERE mc.id = OLD.meeting_id) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'droeftelse:meeting-closed'); END;
CREATE TRIGGER droeftelse_verdict_log_ins AFTER INSERT ON verdict FOR EACH ROW BEGIN INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Vurdering af ' || COALESCE((SELECT 'mål »' || substr(g.text, 1, 60) || '«' FROM goal g WHERE g.id = NEW.goal_id), (SELECT 'handleplanrække »' || substr(a.hvad, 1, 60) || '«' FROM action_item a WHERE a.id = NEW.action_item_id), 'en række') || ': tilføjet', NULL, CAST(NEW.verdict AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL; END;
CREATE TRIGGER droeftelse_verdict_log_upd AFTER UPDATE ON verdict FOR EACH ROW BEGIN INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Vurdering af ' || COALESCE((SELECT 'mål »' || substr(g.text, 1, 60) || '«' FROM goal g WHERE g.id = NEW.goal_id), (SELECT 'handleplanrække »' || substr(a.hvad, 1, 60) || '«' FROM action_item a WHERE a.id = NEW.action_item_id), 'en række') || ': Vurderingen', CAST(OLD.verdict AS TEXT), CAST(NEW.verdict AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.verdict IS NOT NEW.verdict; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Vurdering af ' || COALESCE((SELECT 'mål »' || substr(g.text, 1, 60) || '«' FROM goal g WHERE g.id = NEW.goal_id), (SELECT 'handleplanrække »' || substr(a.hvad, 1, 60) || '«' FROM action_item a WHERE a.id = NEW.action_item_id), 'en række') || ': Kommentaren', CAST(OLD.comment AS TEXT), CAST(NEW.comment AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.comment IS NOT NEW.comment; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Vurdering af ' || COALESCE((SELECT 'mål »' || substr(g.text, 1, 60) || '«' FROM goal g WHERE g.id = NEW.goal_id), (SELECT 'handleplanrække »' || substr(a.hvad, 1, 60) || '«' FROM action_item a WHERE a.id = NEW.action_item_id), 'en række') || ': Virkede det?', CAST(OLD.effect AS TEXT), CAST(NEW.effect AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.effect IS NOT NEW.effect; INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Vurdering af ' || COALESCE((SELECT 'mål »' || substr(g.text, 1, 60) || '«' FROM goal g WHERE g.id = NEW.goal_id), (SELECT 'handleplanrække »' || substr(a.hvad, 1, 60) || '«' FROM action_item a WHERE a.id = NEW.action_item_id), 'en række') || ': Virkede det? (note)', CAST(OLD.effect_note AS TEXT), CAST(NEW.effect_note AS TEXT), m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = NEW.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL AND OLD.effect_note IS NOT NEW.effect_note; END;
CREATE TRIGGER droeftelse_verdict_log_del AFTER DELETE ON verdict FOR EACH ROW BEGIN INSERT INTO meeting_change (meeting_id, changed_at, what, old_value, new_value, reason, user_name) SELECT m.id, datetime('now', 'localtime'), 'Vurdering af ' || COALESCE((SELECT 'mål »' || substr(g.text, 1, 60) || '«' FROM goal g WHERE g.id = OLD.goal_id), (SELECT 'handleplanrække »' || substr(a.hvad, 1, 60) || '«' FROM action_item a WHERE a.id = OLD.action_item_id), 'en række') || ': fjernet', CAST(OLD.verdict AS TEXT), NULL, m.reopen_reason, m.reopened_by FROM meeting m WHERE m.id = OLD.meeting_id AND m.first_closed_at IS NOT NULL AND m.closed_at IS NULL; END;
CREATE INDEX ix_phone_link_meeting_id ON phone_link (meeting_id);
CREATE UNIQUE INDEX uq_phone_link_code ON phone_link (code);
CREATE INDEX ix_room_idea_meeting_id ON room_idea (meeting_id);
CREATE INDEX ix_room_vote_meeting_id ON room_vote (meeting_id);
CREATE UNIQUE INDEX uq_room_vote_row_round ON room_vote (action_item_id, round);
COMMIT;
