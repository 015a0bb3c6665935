"""`chidao batch`: whole archives converted in parallel, resumable, nothing lost.

sources.py finds the items (files, zip members, @lists); work.py converts one item
(in a worker process or on a Dask worker); pool.py runs workers with a time budget
a file and recycles them; cluster.py does the same on dask.distributed; manifest.py
remembers what is done (SQLite, by content hash and chidao version); outputs.py
writes every file atomically; run.py ties them together.
"""
