"""Per-article work: one input's text in, its rows out, cached by article_id.

ingest (files -> raw documents; page_metadata for HTML dates and site names), normalize
(-> articles, paragraphs, sentences; walls and clutter), language (each article's
language and the pipeline it goes to), nlp (the spaCy pipeline), the extractors
registered as spaCy components (mentions, quotes, figures) and extract, which runs them
over a batch. Nothing here reads another article:
that is what lets a batch run on any worker and its result be cached by content hash.
Imports neither `transforms.corpus` nor `transforms.release`.
"""
