"""kb_build: Vietnamese foreign-information plans as a static knowledge base.

The pipeline, one module per stage:

    load (load.py)  →  validate (validate.py)  →  link (link.py)
        →  emit (emit/)  →  render (render.py: MkDocs + Material)

Everything the site knows is computed by our own Python before MkDocs runs, so the
renderer only turns emitted Markdown into HTML and can be replaced.
"""

__version__ = "0.1.0"
