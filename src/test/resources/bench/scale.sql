-- Deterministic synthetic network for benchmarks (never loaded by the service itself).
-- Sizes arrive as :companies, :people, :alliances, :memberships, :investments, :statements,
-- :products, :figures. pick(i, salt, n) is a stable pseudo-random number in [0, n).
CREATE OR REPLACE FUNCTION pg_temp.pick(i bigint, salt int, n int) RETURNS int
    LANGUAGE sql IMMUTABLE AS $$ SELECT (abs(hashint8(i * 1000003 + salt)::bigint) % n)::int $$;

CREATE OR REPLACE FUNCTION pg_temp.hangul(i bigint, salt int, len int) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$
SELECT string_agg(chr(44032 + pg_temp.pick(i * 31 + k, salt, 11172)), '') FROM generate_series(1, len) AS k
$$;

CREATE OR REPLACE FUNCTION pg_temp.word(i bigint, salt int) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$
SELECT (ARRAY['AI', '통신', '협력', '투자', '플랫폼', '데이터', '클라우드', '혁신', '얼라이언스', '파트너십', '모델', '서비스',
              '글로벌', '인프라', '반도체', '로봇', '보안', '네트워크', '고객', '전략', 'telco', 'cloud', 'model',
              'partnership', 'growth', 'sovereign', 'GPU', 'LLM', 'edge', 'search'])[1 + pg_temp.pick(i, salt, 30)]
$$;

INSERT INTO source (key, title, publisher, language, note)
VALUES ('scale-synthetic', 'Synthetic benchmark data', 'value-network benchmarks', 'en', 'Made-up rows for benchmarks.');

INSERT INTO company (slug, name, name_ko, aliases, kind, country, description, description_basis)
SELECT 'scale-co-' || lpad(i::text, 5, '0'),
       'Scale ' || (ARRAY['Telecom', 'Networks', 'AI', 'Labs', 'Cloud', 'Systems', 'Robotics', 'Data'])[1 + pg_temp.pick(i, 1, 8)]
           || ' ' || i,
       pg_temp.hangul(i, 2, 2 + pg_temp.pick(i, 3, 3)) || (ARRAY['텔레콤', '테크', '랩스', '네트웍스'])[1 + pg_temp.pick(i, 4, 4)],
       ARRAY['SC' || i],
       (ARRAY['TELCO', 'BIG_TECH', 'AI_STARTUP', 'AI_INFRASTRUCTURE', 'RESEARCH_INSTITUTE', 'UNIVERSITY', 'OTHER'])[1 + pg_temp.pick(i, 5, 7)],
       (ARRAY['KR', 'US', 'JP', 'DE', 'SG', 'AE', 'FR', 'GB'])[1 + pg_temp.pick(i, 6, 8)],
       'Synthetic company ' || i, 'DATASET_LABEL'
FROM generate_series(1, :companies) AS i;

INSERT INTO person (slug, name, name_ko)
SELECT 'scale-person-' || lpad(i::text, 5, '0'), 'Scale Person ' || i, pg_temp.hangul(i, 7, 3)
FROM generate_series(1, :people) AS i;

INSERT INTO alliance (slug, name, name_ko, kind, status, formed_on, purpose)
SELECT 'scale-alliance-' || lpad(i::text, 5, '0'), 'Scale Alliance ' || i, pg_temp.hangul(i, 8, 3) || ' 얼라이언스',
       (ARRAY['ALLIANCE', 'ALLIANCE', 'PARTNERSHIP', 'PARTNERSHIP', 'JOINT_VENTURE'])[1 + pg_temp.pick(i, 9, 5)],
       (ARRAY['ACTIVE', 'ACTIVE', 'ACTIVE', 'PLANNED', 'EXPLORING', 'ENDED'])[1 + pg_temp.pick(i, 10, 6)],
       CASE WHEN pg_temp.pick(i, 11, 10) = 0 THEN NULL ELSE (2015 + pg_temp.pick(i, 12, 10))::text END,
       'Synthetic alliance ' || i
FROM generate_series(1, :alliances) AS i;

-- Each company's memberships are in distinct alliances (a company joins an alliance once).
INSERT INTO membership (key, alliance_id, company_id, role, since)
SELECT 'scale-membership-' || i,
       (SELECT id FROM alliance WHERE slug = 'scale-alliance-'
            || lpad((1 + (pg_temp.pick(1 + (i - 1) % :companies, 13, :alliances) + ((i - 1) / :companies) * 37) % :alliances)::text, 5, '0')),
       (SELECT id FROM company WHERE slug = 'scale-co-' || lpad((1 + (i - 1) % :companies)::text, 5, '0')),
       'member',
       CASE WHEN pg_temp.pick(i, 15, 8) = 0 THEN NULL
            ELSE (2015 + pg_temp.pick(i, 16, 10))::text || '-' || lpad((1 + pg_temp.pick(i, 17, 12))::text, 2, '0') END
FROM generate_series(1, :memberships) AS i;

INSERT INTO investment (key, investor_id, investee_id, amount, amount_status, currency, announced_on, purpose)
SELECT 'scale-investment-' || i,
       (SELECT id FROM company WHERE slug = 'scale-co-' || lpad(investor::text, 5, '0')),
       (SELECT id FROM company WHERE slug = 'scale-co-' || lpad((CASE WHEN investee = investor THEN investee % :companies + 1
                                                                      ELSE investee END)::text, 5, '0')),
       amount, CASE WHEN amount IS NULL THEN 'NOT_REPORTED' ELSE 'DISCLOSED' END,
       CASE WHEN amount IS NULL THEN NULL ELSE currency END, announced, 'Synthetic investment ' || i
FROM (SELECT i, 1 + pg_temp.pick(i, 18, :companies) AS investor, 1 + pg_temp.pick(i, 19, :companies) AS investee,
             CASE WHEN pg_temp.pick(i, 20, 10) < 3 THEN NULL ELSE (1 + pg_temp.pick(i, 21, 500000)) * 1000 END AS amount,
             (ARRAY['USD', 'USD', 'USD', 'KRW', 'EUR'])[1 + pg_temp.pick(i, 22, 5)] AS currency,
             CASE WHEN pg_temp.pick(i, 23, 10) = 0 THEN NULL
                  ELSE (2015 + pg_temp.pick(i, 24, 11))::text || '-' || lpad((1 + pg_temp.pick(i, 25, 12))::text, 2, '0') END AS announced
      FROM generate_series(1, :investments) AS i) g;

INSERT INTO executive (key, person_id, company_id, title, since)
SELECT 'scale-executive-' || i,
       (SELECT id FROM person WHERE slug = 'scale-person-' || lpad((1 + (i - 1) % :people)::text, 5, '0')),
       (SELECT id FROM company WHERE slug = 'scale-co-' || lpad((1 + pg_temp.pick(i, 26, :companies))::text, 5, '0')),
       'CEO', (2010 + pg_temp.pick(i, 27, 15))::text
FROM generate_series(1, :people) AS i;

INSERT INTO statement (key, text, language, translation, speaker_id, company_id, said_on, topics)
SELECT 'scale-statement-' || i,
       pg_temp.word(i, 28) || '와 ' || pg_temp.word(i, 29) || '을 통해 ' || pg_temp.word(i, 30) || ' ' || pg_temp.word(i, 31)
           || '를 강화하겠다. ' || pg_temp.hangul(i, 32, 4) || '에서 ' || pg_temp.word(i, 33) || '가 중요하다.',
       'ko', 'We will strengthen ' || pg_temp.word(i, 31) || ' through ' || pg_temp.word(i, 28) || '.',
       (SELECT id FROM person WHERE slug = 'scale-person-' || lpad((1 + pg_temp.pick(i, 34, :people))::text, 5, '0')),
       (SELECT id FROM company WHERE slug = 'scale-co-' || lpad((1 + pg_temp.pick(i, 35, :companies))::text, 5, '0')),
       CASE WHEN pg_temp.pick(i, 36, 5) = 0 THEN NULL ELSE (2018 + pg_temp.pick(i, 37, 8))::text || '-'
           || lpad((1 + pg_temp.pick(i, 38, 12))::text, 2, '0') END,
       ARRAY[(ARRAY['alliance', 'investment', 'ai', 'cloud', 'partnership'])[1 + pg_temp.pick(i, 39, 5)]]
FROM generate_series(1, :statements) AS i;

INSERT INTO product (slug, name, name_ko, kind, status, owner_company_id)
SELECT 'scale-product-' || lpad(i::text, 5, '0'), 'Scale Product ' || i, pg_temp.hangul(i, 40, 3),
       (ARRAY['AI_MODEL', 'PLATFORM', 'PROGRAMME', 'SERVICE'])[1 + pg_temp.pick(i, 41, 4)], 'LAUNCHED',
       (SELECT id FROM company WHERE slug = 'scale-co-' || lpad((1 + pg_temp.pick(i, 42, :companies))::text, 5, '0'))
FROM generate_series(1, :products) AS i;

INSERT INTO reported_figure (key, company_id, metric, value, unit, qualifier, as_of)
SELECT 'scale-figure-' || i,
       (SELECT id FROM company WHERE slug = 'scale-co-' || lpad((1 + pg_temp.pick(i, 43, :companies))::text, 5, '0')),
       (ARRAY['subscribers', 'ai_investment_total', 'hiring_plan'])[1 + pg_temp.pick(i, 44, 3)],
       1 + pg_temp.pick(i, 45, 1000000), 'person', 'ABOUT', (2018 + pg_temp.pick(i, 46, 8))::text
FROM generate_series(1, :figures) AS i;

INSERT INTO citation (source_id, excerpt, membership_id)
SELECT s.id, 'synthetic', m.id FROM membership m, source s WHERE s.key = 'scale-synthetic' AND m.key LIKE 'scale-%';
INSERT INTO citation (source_id, excerpt, investment_id)
SELECT s.id, 'synthetic', x.id FROM investment x, source s WHERE s.key = 'scale-synthetic' AND x.key LIKE 'scale-%';
INSERT INTO citation (source_id, excerpt, executive_id)
SELECT s.id, 'synthetic', x.id FROM executive x, source s WHERE s.key = 'scale-synthetic' AND x.key LIKE 'scale-%';
INSERT INTO citation (source_id, excerpt, statement_id)
SELECT s.id, 'synthetic', x.id FROM statement x, source s WHERE s.key = 'scale-synthetic' AND x.key LIKE 'scale-%';
INSERT INTO citation (source_id, excerpt, product_id)
SELECT s.id, 'synthetic', x.id FROM product x, source s WHERE s.key = 'scale-synthetic' AND x.slug LIKE 'scale-%';
INSERT INTO citation (source_id, excerpt, figure_id)
SELECT s.id, 'synthetic', x.id FROM reported_figure x, source s WHERE s.key = 'scale-synthetic' AND x.key LIKE 'scale-%';
