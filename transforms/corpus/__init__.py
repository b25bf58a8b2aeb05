"""Cross-article work: every article's rows in, release-wide tables out, recomputed on
every run.

entities (linking mentions to canonical entities), geocode (places), stories (text reuse
and stories), facts (reconciled figures, quote clusters), and reconcile, which composes
them into `reconciled_tables`. Reads the per-article layer only through the tables that
`transforms.schema` declares; never imports `transforms.article`.
"""
