-- The occasion a quote was given at, as the source describes it ("a roundtable of the alliance's
-- five members and some 250 telecom and tech people"): the first field added through a slice.
ALTER TABLE statement ADD COLUMN occasion text CHECK (length(occasion) BETWEEN 1 AND 500);
