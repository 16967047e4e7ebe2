-- Imports insert assessments by the hundred thousand: each application instance now takes ids
-- a thousand at a time (one sequence round trip per thousand rows instead of per fifty).
-- Ids stay unique across instances; only the gaps between them grow.
alter sequence assessment_seq increment by 1000;
