"""A synthetic OCOP catalogue at national scale, for benchmarks: `manage.py generate_catalogue`.

plan.build_plan() decides everything in plain Python, deterministically for a
seed; writer.CatalogueWriter puts a plan into the database in bulk.
"""
