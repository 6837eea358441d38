"""briefs: a daily market brief from one trading day's news articles.

The pipeline, one module (or sub-package) a stage:

    load (briefs.load) -> extract (briefs.extract) -> aggregate (briefs.aggregate)
    -> charts (briefs.charts) -> render (briefs.render) -> build (briefs.build)

``briefs.records`` holds the records passed between the first stages and
``briefs.brief`` the Brief, the one contract between analysis and presentation.
"""

__version__ = "0.1.0"
