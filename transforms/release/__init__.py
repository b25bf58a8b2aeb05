"""Storage and packaging: Parquet parts, the extraction cache, the input catalogue, the
release folder and its files (manifest, checksums, data package, data card, DuckDB file,
bundle), the atomic publish and read-only queries.
"""
