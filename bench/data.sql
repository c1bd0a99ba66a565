-- Statewide-scale data for the benchmarks, written straight into the tables the migrations create.
-- Reproducible: every value, id included, is derived from row numbers, so two runs load the same rows.
--   psql -v coalitions=25 -v staff=2000 -f bench/data.sql
-- Tops the network up to :coalitions coalitions, then gives every coalition (the demo ones too) 12
-- organizations with 3 sites each, 80 teams, and :staff staff members with languages, team places,
-- supervisors and a few separations. Fictional names only.
\set ON_ERROR_STOP on
\if :{?coalitions} \else \set coalitions 25 \endif
\if :{?staff} \else \set staff 2000 \endif

-- Fails early, with the list, when the schema has a required column this script does not fill.
DO $check$
DECLARE missing text;
BEGIN
  SELECT string_agg(format('%s.%s', c.table_name, c.column_name), ', ' ORDER BY c.table_name, c.column_name)
    INTO missing
  FROM information_schema.columns c
  WHERE c.table_schema = 'public'
    AND c.table_name IN ('Coalitions', 'Organization', 'Site', 'Team', 'TeamMember', 'StaffMember', 'StaffLanguage', 'LivedExperience')
    AND c.is_nullable = 'NO' AND c.column_default IS NULL AND c.is_identity = 'NO'
    AND (c.table_name, c.column_name) NOT IN (
      ('Coalitions', 'Id'), ('Coalitions', 'Name'), ('Coalitions', 'Slug'), ('Coalitions', 'Region'),
      ('Coalitions', 'TimeZone'), ('Coalitions', 'ShareNameInNetwork'), ('Coalitions', 'CreatedAt'),
      ('Organization', 'Id'), ('Organization', 'CoalitionId'), ('Organization', 'Name'), ('Organization', 'Kind'),
      ('Organization', 'IsArchived'), ('Organization', 'Version'),
      ('Site', 'Id'), ('Site', 'CoalitionId'), ('Site', 'OrganizationId'), ('Site', 'Name'), ('Site', 'IsArchived'), ('Site', 'Version'),
      ('Team', 'Id'), ('Team', 'CoalitionId'), ('Team', 'Name'), ('Team', 'IsArchived'), ('Team', 'Version'),
      ('TeamMember', 'Id'), ('TeamMember', 'CoalitionId'), ('TeamMember', 'TeamId'), ('TeamMember', 'StaffMemberId'),
      ('StaffMember', 'Id'), ('StaffMember', 'CoalitionId'), ('StaffMember', 'LegalFirstName'), ('StaffMember', 'LegalLastName'),
      ('StaffMember', 'JobFamily'), ('StaffMember', 'OrganizationId'), ('StaffMember', 'Fte'), ('StaffMember', 'Status'),
      ('StaffMember', 'Version'),
      ('StaffLanguage', 'Id'), ('StaffLanguage', 'CoalitionId'), ('StaffLanguage', 'StaffMemberId'), ('StaffLanguage', 'Language'),
      ('StaffLanguage', 'Proficiency'),
      ('LivedExperience', 'Id'), ('LivedExperience', 'CoalitionId'), ('LivedExperience', 'StaffMemberId'), ('LivedExperience', 'Area'));
  IF missing IS NOT NULL THEN
    RAISE EXCEPTION 'The schema has required columns bench/data.sql does not fill: %. Add them to the script.', missing;
  END IF;
END
$check$;

BEGIN;

-- A Guid version 7 like the app's: a millisecond clock in front (so inserts stay in key order), then a
-- hash of what the row is. Same input, same id.
CREATE FUNCTION pg_temp.v7(kind text, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
  SELECT (lpad(to_hex(1767225600000 + n), 12, '0') || '7' || substr(md5(kind || n), 1, 3)
          || '8' || substr(md5(kind || n), 4, 15))::uuid
$$;

CREATE TEMP TABLE first_names AS
SELECT row_number() OVER () - 1 AS k, name FROM unnest(ARRAY[
  'Adriana','Alejandro','Amara','Andrés','Angela','Bao','Beatriz','Carmen','Cesar','Chanel','Daniela','DeShawn',
  'Diego','Elena','Esperanza','Fatima','Francisco','Gabriela','Guadalupe','Hector','Hoa','Imani','Isabel','Jamal',
  'Jasmine','Javier','Jose','Juana','Kalani','Keisha','Leticia','Linh','Lorena','Luis','Malia','Marisol','Mateo',
  'Maya','Miguel','Minh','Nayeli','Noemi','Omar','Pablo','Paj','Priya','Rafael','Ramona','Rosa','Samuel',
  'Sandra','Soledad','Tamika','Teresa','Tomas','Valeria','Veronica','Xochitl','Yesenia','Zoraida']) AS name;

CREATE TEMP TABLE last_names AS
SELECT row_number() OVER () - 1 AS k, name FROM unnest(ARRAY[
  'Aguilar','Alvarado','Banks','Bui','Castillo','Cervantes','Chavez','Coleman','Cruz','Delgadillo','Dominguez',
  'Espinoza','Estrada','Flores','Fuentes','Garcia','Gomez','Guerrero','Gutierrez','Hernandez','Herrera','Ibarra',
  'Jackson','Jimenez','Kaur','Khan','Lee','Lopez','Lor','Luna','Martinez','Mendoza','Morales','Moreno','Navarro',
  'Nguyen','Ochoa','Ortiz','Padilla','Pham','Ramirez','Reyes','Rios','Rivera','Robinson','Rodriguez','Salazar',
  'Sanchez','Santos','Singh','Soto','Tran','Valdez','Vang','Vargas','Vasquez','Washington','Williams','Xiong','Zamora']) AS name;

-- Top the network up to :coalitions coalitions.
INSERT INTO "Coalitions" ("Id", "Name", "Slug", "Region", "TimeZone", "ShareNameInNetwork", "CreatedAt")
SELECT pg_temp.v7('coalition', n),
       format('Bench Coalition %s', n),
       format('bench-%s', n),
       (ARRAY['Sierra Foothills','Central Coast','Inland Empire','Sacramento Valley','Los Angeles','San Diego','Bay Area','Far North'])[1 + n % 8],
       'America/Los_Angeles', true, timestamptz '2026-01-05 16:00:00+00' + n * interval '1 day'
FROM generate_series(1, greatest(0, :coalitions - (SELECT count(*) FROM "Coalitions"))) AS n;

CREATE TEMP TABLE bc AS
SELECT "Id" AS id, row_number() OVER (ORDER BY "CreatedAt", "Slug") AS c FROM "Coalitions";

-- 12 organizations a coalition, every kind present, 3 sites each.
CREATE TEMP TABLE borg AS
SELECT bc.c, o, pg_temp.v7('org', bc.c * 100 + o) AS id, bc.id AS coalition_id
FROM bc, generate_series(1, 12) AS o;

INSERT INTO "Organization" ("Id", "CoalitionId", "Name", "Kind", "City", "County", "IsArchived", "Version")
SELECT id, coalition_id,
       format('%s %s %s', (ARRAY['Valley','Harbor','Mesa','Redwood','Sunrise','Riverside'])[1 + o % 6],
              (ARRAY['County Health System','Behavioral Health Services','Health Plan','Family Services','Promotores Network'])[1 + o % 5], c),
       (ARRAY['PublicHealthCareSystem','BehavioralHealthProvider','MediCalManagedCarePlan','SocialServiceOrganization','CommunityBasedOrganization'])[1 + o % 5],
       'Springfield', 'Bench County', false, pg_temp.v7('org-version', c * 100 + o)
FROM borg;

CREATE TEMP TABLE bsite AS
SELECT borg.c, borg.o, s, pg_temp.v7('site', (borg.c * 100 + borg.o) * 10 + s) AS id, borg.id AS org_id, borg.coalition_id
FROM borg, generate_series(1, 3) AS s;

INSERT INTO "Site" ("Id", "CoalitionId", "OrganizationId", "Name", "City", "IsArchived", "Version")
SELECT id, coalition_id, org_id, format('Site %s-%s', o, s), 'Springfield', false, pg_temp.v7('site-version', (c * 100 + o) * 10 + s)
FROM bsite;

-- :staff staff a coalition. The first 80 supervise the 80 teams; the rest are workers spread over them.
CREATE TEMP TABLE bstaff AS
SELECT bc.c, i, bc.id AS coalition_id,
       pg_temp.v7('staff', bc.c * 100000 + i) AS id,
       CASE WHEN i <= 80 THEN NULL ELSE pg_temp.v7('staff', bc.c * 100000 + 1 + (i - 81) % 80) END AS supervisor_id,
       CASE WHEN i <= 80 THEN i ELSE 1 + (i - 81) % 80 END AS team,
       1 + (i * 7) % 12 AS org,
       1 + i % 3 AS site
FROM bc, generate_series(1, :staff) AS i;

INSERT INTO "StaffMember" ("Id", "CoalitionId", "LegalFirstName", "LegalLastName", "PreferredName", "Pronouns",
    "JobFamily", "JobTitle", "OrganizationId", "SiteId", "SupervisorId", "HireDate", "Fte", "Status",
    "SeparationDate", "SeparationReason", "Email", "Phone", "UserId", "Version")
SELECT s.id, s.coalition_id, f.name, l.name,
       CASE WHEN s.i % 10 = 0 THEN (SELECT name FROM first_names WHERE k = (s.i * 13) % 60) END,
       (ARRAY['she/her','he/him','they/them',NULL])[1 + s.i % 4],
       CASE WHEN s.i <= 80 THEN 'Supervisor'
            ELSE (ARRAY['CommunityHealthWorker','CommunityHealthWorker','Promotora','PeerSupportSpecialist','PeerSupportSpecialist',
                        'CommunityHealthRepresentative','ClinicalTeamMember','Other'])[1 + s.i % 8] END,
       CASE WHEN s.i <= 80 THEN 'Program supervisor' ELSE NULL END,
       o.id, site.id, s.supervisor_id,
       date '2016-01-04' + ((s.i * 37 + s.c * 11) % 3650)::int,
       (ARRAY[1.0, 1.0, 1.0, 0.8, 0.5])[1 + s.i % 5],
       CASE WHEN s.i % 20 = 7 THEN 'Separated' WHEN s.i % 20 = 13 THEN 'OnLeave' ELSE 'Active' END,
       CASE WHEN s.i % 20 = 7 THEN date '2025-06-30' - (s.i % 300)::int END,
       CASE WHEN s.i % 20 = 7 THEN 'Moved out of the area' END,
       format('staff%s.c%s@bench.test', s.i, s.c),
       CASE WHEN s.i % 11 <> 0 THEN format('(559) 555-%s', lpad((s.i % 10000)::text, 4, '0')) END,
       NULL, pg_temp.v7('staff-version', s.c * 100000 + s.i)
FROM bstaff s
JOIN first_names f ON f.k = (s.i * 31 + s.c * 7) % 60
JOIN last_names l ON l.k = (s.i * 17 + s.c * 13 + s.i / 60) % 60
JOIN borg o ON o.c = s.c AND o.o = s.org
JOIN bsite site ON site.c = s.c AND site.o = s.org AND site.s = s.site;

INSERT INTO "Team" ("Id", "CoalitionId", "Name", "Description", "OrganizationId", "SupervisorId", "IsArchived", "Version")
SELECT pg_temp.v7('team', bc.c * 1000 + t), bc.id,
       format('%s team %s', (ARRAY['Outreach','Care coordination','Peer support','Housing navigation','Maternal health'])[1 + t % 5], t),
       NULL, (SELECT id FROM borg WHERE borg.c = bc.c AND borg.o = 1 + t % 12),
       pg_temp.v7('staff', bc.c * 100000 + t), false, pg_temp.v7('team-version', bc.c * 1000 + t)
FROM bc, generate_series(1, 80) AS t;

INSERT INTO "TeamMember" ("Id", "CoalitionId", "TeamId", "StaffMemberId")
SELECT pg_temp.v7('team-member', s.c * 100000 + s.i), s.coalition_id, pg_temp.v7('team', s.c * 1000 + s.team), s.id
FROM bstaff s;

-- Languages: English for most, Spanish for about half, and a third language for one in six.
INSERT INTO "StaffLanguage" ("Id", "CoalitionId", "StaffMemberId", "Language", "Proficiency")
SELECT pg_temp.v7('language-' || lang.code, s.c * 100000 + s.i), s.coalition_id, s.id, lang.code, lang.level
FROM bstaff s
CROSS JOIN LATERAL (
  SELECT 'en' AS code, (ARRAY['Fluent','Native','Conversational'])[1 + s.i % 3] AS level WHERE s.i % 7 <> 0
  UNION ALL
  SELECT 'es', (ARRAY['Native','Fluent','Conversational','Basic'])[1 + s.i % 4] WHERE s.i % 9 < 5
  UNION ALL
  SELECT (ARRAY['vi','tl','zh','hmn','mix','pa','ko','km','ar','zap'])[1 + (s.i / 6) % 10], 'Native' WHERE s.i % 6 = 0
) AS lang;

INSERT INTO "LivedExperience" ("Id", "CoalitionId", "StaffMemberId", "Area")
SELECT pg_temp.v7('lived', s.c * 100000 + s.i), s.coalition_id, s.id,
       (ARRAY['MentalHealth','SubstanceUse','Homelessness','JusticeInvolvement','Immigration','FosterCare'])[1 + s.i % 6]
FROM bstaff s
WHERE s.i > 80 AND s.i % 4 = 0;

COMMIT;
ANALYZE;

SELECT (SELECT count(*) FROM "Coalitions") AS coalitions,
       (SELECT count(*) FROM "Organization") AS organizations,
       (SELECT count(*) FROM "StaffMember") AS staff,
       (SELECT count(*) FROM "StaffLanguage") AS languages,
       (SELECT count(*) FROM "Team") AS teams,
       (SELECT count(*) FROM "TeamMember") AS team_places;
