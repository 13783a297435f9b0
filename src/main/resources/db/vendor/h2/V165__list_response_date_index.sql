-- H2: nothing. PostgreSQL gets an index for the meetings list filtered by a campaign, a response
-- and a bureau (see db/vendor/postgresql). H2 has no included columns, and an index in its place
-- would change the plans H2 chooses for the list's other filters, which were measured with the
-- indexes it has (docs/performance.md, "The H2 workarounds measured again").
select 1;
