"""Tools for the people who build factsheet: scoring extraction, benchmarks, generated corpora.

Nothing in the stages (ingest, extract, records, render, publish) imports these;
the site reads what they write (``data/accuracy.json``), never runs them.
"""
