"""Per-article work: one input's text in, its rows out, cached by article_id.

ingest (files -> raw documents), normalize (-> articles, paragraphs, sentences), nlp (the
spaCy pipeline), the extractors registered as spaCy components (mentions, quotes,
figures) and extract, which runs them over a batch. Nothing here reads another article:
that is what lets a batch run on any worker and its result be cached by content hash.
Imports neither `transforms.corpus` nor `transforms.release`.
"""
